#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its <unicode/*.h> headers clash with the ICU copy inside
// Foundation. Nothing here touches the ICU fields, so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/encoding.h>
// xmlSwitchToEncoding, for a parser context that feeds our own SAX handler.
#include <libxml/parserInternals.h>
// zlib comes along here because `.html.gz` pages are inflated in memory before parsing, which
// libxml2's own gzip support (file and URL loaders only) does not do.
#include <zlib.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to read without isolation.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
#endif
