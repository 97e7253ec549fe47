#ifndef ARCHIVE_TOWNS_H
#define ARCHIVE_TOWNS_H
// The events' town table (scripts/make-admin1.py): UTF-8 lines of
// `ISO 3166-2 region <TAB> size class <TAB> name|name|...`; its length in bytes goes to `size`.
const char *archive_towns_tsv(unsigned long *size);
// The administrative units read only as a level of a place: lines of
// `key <TAB> ISO 3166-2 region <SPACE> point,region point,...`, sorted by key.
const char *archive_units_tsv(unsigned long *size);
#endif
