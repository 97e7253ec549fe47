// archive_rank: FTS5's bm25 (k1 = 1.2, b = 0.75, a weight per column) with a bounded cost per
// query. bm25 counts, for each phrase, every document holding it, before scoring a single row: a
// pass over the whole doclist, which at a million articles costs tens of milliseconds for a
// common word. Here the count stops at a cap (ARCHIVE_RANK_COUNT_CAP documents) and the rest is estimated
// from how far into the archive (by rowid, which grows as articles are added) those documents
// reached. A phrase in fewer documents than the cap gets bm25's exact weight; a commoner one an
// estimate, and a common phrase's weight is small whatever its exact count. A query of one
// phrase is scored without its weight: the order is bm25's, the scores a constant multiple.
#include "archive_fts.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    sqlite3_int64 hits;
    sqlite3_int64 cap;
    sqlite3_int64 lastRowid;
} PhraseCount;

typedef struct {
    int phrases;
    double averageLength;
    double *idf;
    double *frequency;
} RankData;

static int countDocument(const Fts5ExtensionApi *api, Fts5Context *context, void *user) {
    PhraseCount *count = (PhraseCount *)user;
    count->hits++;
    if (count->hits >= count->cap) {
        count->lastRowid = api->xRowid(context);
        return SQLITE_DONE;
    }
    return SQLITE_OK;
}

static int rankData(const Fts5ExtensionApi *api, Fts5Context *context, RankData **out) {
    RankData *data = (RankData *)api->xGetAuxdata(context, 0);
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    int phrases = api->xPhraseCount(context);
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(context, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(context, -1, &tokens);
    if (rc != SQLITE_OK) return rc;
    size_t bytes = sizeof(RankData) + sizeof(double) * 2 * (size_t)phrases;
    data = (RankData *)sqlite3_malloc64(bytes);
    if (!data) return SQLITE_NOMEM;
    memset(data, 0, bytes);
    data->phrases = phrases;
    data->idf = (double *)&data[1];
    data->frequency = &data->idf[phrases];
    data->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
    // With one phrase its weight is the same for every row and cannot change the order: the
    // count is skipped (for a prefix it would merge the doclists of every term it matches again).
    if (phrases == 1) data->idf[0] = 1.0;
    for (int i = 0; i < phrases && phrases > 1 && rc == SQLITE_OK; i++) {
        PhraseCount count = {0, (sqlite3_int64)(intptr_t)api->xUserData(context), 0};
        rc = api->xQueryPhrase(context, i, &count, countDocument);
        double hits = (double)count.hits;
        if (count.hits >= count.cap && count.lastRowid > 0 && count.lastRowid < rows) {
            // The cap was reached a fraction of the way through the rowids: as many again in the rest.
            hits = hits * (double)rows / (double)count.lastRowid;
        }
        if (hits > (double)rows) hits = (double)rows;
        double idf = log(((double)rows - hits + 0.5) / (hits + 0.5));
        data->idf[i] = idf > 0.0 ? idf : 1e-6;
    }
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(context, data, sqlite3_free);
    if (rc != SQLITE_OK) {
        sqlite3_free(data);
        return rc;
    }
    *out = data;
    return SQLITE_OK;
}

static void rankFunction(const Fts5ExtensionApi *api, Fts5Context *context, sqlite3_context *result,
                         int argumentCount, sqlite3_value **arguments) {
    const double k1 = 1.2, b = 0.75;
    RankData *data = 0;
    int rc = rankData(api, context, &data);
    // Each phrase's own hits, read phrase by phrase. xInst would do it in one list, but FTS5 builds
    // that list by looking at every phrase for every hit: a query of n words pasted from an article
    // cost n² per row.
    if (rc == SQLITE_OK) {
        memset(data->frequency, 0, sizeof(double) * (size_t)data->phrases);
        for (int phrase = 0; phrase < data->phrases && rc == SQLITE_OK; phrase++) {
            Fts5PhraseIter iterator;
            int column = 0, offset = 0;
            rc = api->xPhraseFirst(context, phrase, &iterator, &column, &offset);
            while (rc == SQLITE_OK && column >= 0) {
                data->frequency[phrase] += column < argumentCount ? sqlite3_value_double(arguments[column]) : 1.0;
                api->xPhraseNext(context, &iterator, &column, &offset);
            }
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(context, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = 0.0;
    for (int i = 0; i < data->phrases; i++) {
        double f = data->frequency[i];
        score += data->idf[i] * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * (double)length / data->averageLength));
    }
    // Negated as bm25's is, so that ORDER BY puts the best first.
    sqlite3_result_double(result, -score);
}

int archive_rank_register(sqlite3 *db, int cap) {
    fts5_api *api = archive_fts5_api(db);
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    return api->xCreateFunction(api, "archive_rank", (void *)(intptr_t)(cap > 0 ? cap : 1), rankFunction, 0);
}
