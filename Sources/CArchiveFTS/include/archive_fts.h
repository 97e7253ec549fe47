#ifndef ARCHIVE_FTS_H
#define ARCHIVE_FTS_H
#include <sqlite3.h>

/// The FTS5 extension API of `db`, or NULL when its SQLite has no FTS5.
fts5_api *archive_fts5_api(sqlite3 *db);

/// How many documents a phrase is counted in, by default, before its count is estimated.
#define ARCHIVE_RANK_COUNT_CAP 2000

/// Registers the FTS5 auxiliary function `archive_rank(fts, weight...)` on `db`, counting each
/// phrase's documents up to `cap`. Returns SQLITE_OK, or an error code when SQLite has no FTS5.
int archive_rank_register(sqlite3 *db, int cap);

/// An instance of one of FTS5's tokenizers, as an FTS5 table configured with it would run it.
typedef struct archive_tokenizer archive_tokenizer;

/// Receives one token: its bytes (not NUL-terminated) and their length.
typedef int (*archive_token_callback)(void *context, const char *token, int length);

/// Creates the tokenizer `name` (e.g. "porter") with its arguments (e.g. "unicode61",
/// "remove_diacritics", "2") from the FTS5 of `db`; NULL when FTS5 or the tokenizer is missing.
archive_tokenizer *archive_tokenizer_open(sqlite3 *db, const char *name, const char **arguments, int count);

/// Tokenizes `text` as FTS5 does a document (`query` 0), a query term (1) or a prefix query
/// term (2), calling `callback` for each token in order. Returns SQLITE_OK or an error code.
int archive_tokenizer_run(archive_tokenizer *tokenizer, int query, const char *text, int length,
                          void *context, archive_token_callback callback);

void archive_tokenizer_close(archive_tokenizer *tokenizer);

#endif
