#ifndef ARCHIVE_RANK_H
#define ARCHIVE_RANK_H
#include <sqlite3.h>

/// How many documents a phrase is counted in, by default, before its count is estimated.
#define ARCHIVE_RANK_COUNT_CAP 2000

/// Registers the FTS5 auxiliary function `archive_rank(fts, weight...)` on `db`, counting each
/// phrase's documents up to `cap`. Returns SQLITE_OK, or an error code when SQLite has no FTS5.
int archive_rank_register(sqlite3 *db, int cap);

#endif
