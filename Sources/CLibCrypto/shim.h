#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
// Only the one-shot SHA-256 of the system's libcrypto (OpenSSL): a file's hash is all the archive
// needs, and linking it saves compiling a whole TLS library (BoringSSL) into every cold build.
#include <openssl/sha.h>
#endif
