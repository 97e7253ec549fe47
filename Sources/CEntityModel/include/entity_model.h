#ifndef ARCHIVE_ENTITY_MODEL_H
#define ARCHIVE_ENTITY_MODEL_H
// The entity tagger's weights (scripts/train-entity-tagger.py, layout in its `write_c`); the
// blob's length in bytes goes to `size`.
const unsigned char *archive_entity_model(unsigned long *size);
#endif
