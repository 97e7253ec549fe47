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
#endif
