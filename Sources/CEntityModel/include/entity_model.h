#ifndef ARCHIVE_ENTITY_MODEL_H
#define ARCHIVE_ENTITY_MODEL_H
// The entity tagger's weights (scripts/train-entity-tagger.py, layout in its `write_c`); the
// blob's length in bytes goes to `size`.
const unsigned char *archive_entity_model(unsigned long *size);

// What the weights were learned with: one line per resource the features read, `name \t sections
// read (entity-words.txt; "-" for the whole file) \t FNV-1a 64 of the lines read, in hex`.
const char *archive_entity_model_inputs(void);

// The best tag path of a sentence of `n` tokens (n >= 1) under BIO constraints: `emissions` holds
// n × 9 scores, `transitions` 10 × 9 (from each tag to each, the last row from the start), `back`
// n × 9 bytes of scratch; the tags go to `out`. Ties go to the lower tag, as numpy's argmax.
void archive_entity_viterbi(const int *emissions, long n, const int *transitions, unsigned char *back, unsigned char *out);

#include <stdbool.h>
#include <stdint.h>

// A token as the tagger's features read it (EntityTagger.info fills it): FNV-1a hashes of its
// lowercase word, shape, bytes as written, and of its first and last 1–4 lowercase bytes.
typedef struct {
    uint64_t word, shape, cased;
    uint64_t prefix[4], suffix[4];
    // The lowercase bytes are `lower[lowerStart ..< lowerStart + length]` of the tagger's buffer.
    long lowerStart, length, letters, sentence;
    uint16_t lists;
    bool isWord, cap, allCaps, initial, lowerFirst, isLong;
} archive_entity_token;

// The weights the tagger's model gives the rows of a text's features.
typedef struct {
    // Per block of 64 rows: a bitmap of the rows with weights, then how many rows of the blocks
    // before have weights; a row's weights are `weights[9 × (its rank + 1)]`, row 0 all zeros.
    const uint64_t *rowIndex;
    const signed char *weights;
    uint64_t rowMask;
    int step;
} archive_entity_weights;

// The feature scores of one text's tokens (`count` >= 1, kept by the caller while the scorer
// lives): the features that read one token alone are summed once per distinct token here.
typedef struct archive_entity_scorer archive_entity_scorer;
archive_entity_scorer *archive_entity_scorer_new(const archive_entity_token *tokens, long count, const archive_entity_weights *model);
void archive_entity_scorer_free(archive_entity_scorer *scorer);

// The 9 emission scores of each token `lo ..< hi` of one sentence (n × 9 from `emissions`, the
// sentence's first token first). `gazetteer` (2 bytes per token: place, organisation) is indexed
// from the text's first token; `capMid` and `lowSeen` are open-addressing sets of word hashes,
// `setSize` slots each (a power of two). `lineFlags`: 2 a line in capitals, 4 title case.
void archive_entity_emissions(const archive_entity_scorer *scorer, long lo, long hi, int lineFlags,
                              const unsigned char *gazetteer, const uint64_t *capMid, const uint64_t *lowSeen, long setSize,
                              const archive_entity_weights *model, int *emissions);
#endif
