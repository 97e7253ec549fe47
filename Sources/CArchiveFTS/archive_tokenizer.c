// The articles' FTS5 tokenizer, called directly. FTS5 keeps no list of its terms that can be read
// without reading every document that holds them (fts5vocab counts them all), so the archive keeps
// one itself (search_terms); the terms must be exactly the ones FTS5 indexed, hence FTS5's own
// tokenizer rather than a copy of its rules.
#include "archive_fts.h"

#include <stdlib.h>

struct archive_tokenizer {
    fts5_tokenizer methods;
    Fts5Tokenizer *instance;
};

typedef struct {
    void *context;
    archive_token_callback callback;
} TokenSink;

static int deliver(void *sink, int flags, const char *token, int length, int start, int end) {
    (void)start;
    (void)end;
    // Synonyms at the same position (FTS5_TOKEN_COLOCATED) are terms of the index like any other.
    (void)flags;
    TokenSink *target = (TokenSink *)sink;
    return target->callback(target->context, token, length);
}

fts5_api *archive_fts5_api(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

archive_tokenizer *archive_tokenizer_open(sqlite3 *db, const char *name, const char **arguments, int count) {
    fts5_api *api = archive_fts5_api(db);
    if (!api) return 0;
    archive_tokenizer *tokenizer = (archive_tokenizer *)calloc(1, sizeof(archive_tokenizer));
    if (!tokenizer) return 0;
    void *user = 0;
    if (api->xFindTokenizer(api, name, &user, &tokenizer->methods) != SQLITE_OK
        || tokenizer->methods.xCreate(user, arguments, count, &tokenizer->instance) != SQLITE_OK) {
        free(tokenizer);
        return 0;
    }
    return tokenizer;
}

int archive_tokenizer_run(archive_tokenizer *tokenizer, int query, const char *text, int length,
                          void *context, archive_token_callback callback) {
    int flags = query == 0 ? FTS5_TOKENIZE_DOCUMENT
              : query == 1 ? FTS5_TOKENIZE_QUERY : (FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX);
    TokenSink sink = {context, callback};
    return tokenizer->methods.xTokenize(tokenizer->instance, &sink, flags, text, length, deliver);
}

void archive_tokenizer_close(archive_tokenizer *tokenizer) {
    if (!tokenizer) return;
    tokenizer->methods.xDelete(tokenizer->instance);
    free(tokenizer);
}
