// The entity tagger's feature scores (EntityTagger.tag), in C. A token's ~35 features each cost
// a hash, a row's rank in the bitmap and 9 weights added; in Swift the accumulator the feature
// closure captured paid an exclusivity check per feature, and `nonzeroBitCount` a software
// popcount (Swift builds for the baseline x86-64). The features are scripts/train-entity-tagger.py's,
// template for template; EntityTaggerTests compares the tags of both.
//
// Twenty of them read one token alone: its word, shape, affixes, bytes and lists as the token
// itself, and its word, shape and lists as the left or right neighbour (one or two away) of
// another. A text repeats most of its tokens (`the`, `,`, a name), so their weights are summed
// once per distinct token (`form`) and added as five sums; the rest, which read pairs of tokens,
// the gazetteer or the line, are scored at each token. Sums of integers: the order changes nothing.
#include "entity_model.h"
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define FNV_PRIME 0x100000001b3ULL

static inline uint64_t comb(uint64_t a, uint64_t b) { return (a * FNV_PRIME) ^ b; }

// EntityTagger.HashSet.contains.
static inline bool contains(const uint64_t *slots, long size, uint64_t x) {
    uint64_t mask = (uint64_t)size - 1, i = ((x * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
    for (;;) {
        uint64_t v = slots[i];
        if (v == x) return x != 0;
        if (v == 0) return false;
        i = (i + 1) & mask;
    }
}

// Sums of int8 weights: at most ~90 features a token, so 16 bits never overflow.
typedef struct {
#if defined(__SSE2__)
    __m128i acc;
#else
    int16_t acc[8];
#endif
    int32_t last;
} sums;

static inline __attribute__((always_inline)) void zero(sums *s) {
#if defined(__SSE2__)
    s->acc = _mm_setzero_si128();
#else
    for (int y = 0; y < 8; y++) s->acc[y] = 0;
#endif
    s->last = 0;
}

static inline __attribute__((always_inline)) void plus(sums *s, const sums *o) {
#if defined(__SSE2__)
    s->acc = _mm_add_epi16(s->acc, o->acc);
#else
    for (int y = 0; y < 8; y++) s->acc[y] += o->acc[y];
#endif
    s->last += o->last;
}

static inline __attribute__((always_inline)) void add(sums *s, const archive_entity_weights *m, uint64_t template, uint64_t value) {
    uint64_t x = value ^ (template * 0x9E3779B97F4A7C15ULL);
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    uint64_t r = x & m->rowMask, b = 2 * (r >> 6);
    uint64_t bits = m->rowIndex[b], bit = 1ULL << (r & 63);
    // Rows without weights read row 0 (zeros): no branch to mispredict.
    uint64_t rank = (bits & bit) ? m->rowIndex[b + 1] + (uint64_t)__builtin_popcountll(bits & (bit - 1)) + 1 : 0;
    const signed char *p = m->weights + rank * 9;
#if defined(__SSE2__)
    __m128i v = _mm_loadl_epi64((const __m128i *)p);
    s->acc = _mm_add_epi16(s->acc, _mm_srai_epi16(_mm_unpacklo_epi8(v, v), 8));
#else
    for (int y = 0; y < 8; y++) s->acc[y] += p[y];
#endif
    s->last += p[8];
}

static inline __attribute__((always_inline)) void addBits(sums *s, const archive_entity_weights *m, uint64_t template, uint16_t lists) {
    // Straight to each set bit: most words are in one list or none.
    while (lists) {
        add(s, m, template, (uint64_t)__builtin_ctz(lists));
        lists &= lists - 1;
    }
}

// What one distinct token adds: as the token scored, and as the one before it (left), after it
// (right), two before and two after.
enum { SELF, LEFT, RIGHT, LEFT2, RIGHT2, ROLES };
typedef struct { sums role[ROLES]; } form;

static inline __attribute__((always_inline)) void scoreForm(form *f, const archive_entity_token *t, const archive_entity_weights *m) {
    for (int k = 0; k < ROLES; k++) zero(&f->role[k]);
    sums *s = &f->role[SELF];
    add(s, m, 0, 0);  // the bias, at every token
    add(s, m, 1, t->word);
    add(s, m, 6, t->shape);
    long n = t->length;
    if (n >= 1) { add(s, m, 16, t->prefix[0]); add(s, m, 20, t->suffix[0]); }
    if (n >= 2) { add(s, m, 17, t->prefix[1]); add(s, m, 21, t->suffix[1]); }
    if (n >= 3) { add(s, m, 18, t->prefix[2]); add(s, m, 22, t->suffix[2]); }
    if (n >= 4) { add(s, m, 19, t->prefix[3]); add(s, m, 23, t->suffix[3]); }
    add(s, m, 24, t->cased);
    addBits(s, m, 29, t->lists);
    add(&f->role[LEFT], m, 2, t->word); add(&f->role[LEFT], m, 7, t->shape); addBits(&f->role[LEFT], m, 30, t->lists);
    add(&f->role[RIGHT], m, 3, t->word); add(&f->role[RIGHT], m, 8, t->shape); addBits(&f->role[RIGHT], m, 31, t->lists);
    add(&f->role[LEFT2], m, 4, t->word); add(&f->role[LEFT2], m, 9, t->shape);
    add(&f->role[RIGHT2], m, 5, t->word); add(&f->role[RIGHT2], m, 10, t->shape);
}

// Two tokens are one form when every field the form's features read is equal: a hash collision
// cannot merge two.
static inline bool sameForm(const archive_entity_token *a, const archive_entity_token *b) {
    return a->word == b->word && a->shape == b->shape && a->cased == b->cased && a->length == b->length && a->lists == b->lists
        && memcmp(a->prefix, b->prefix, sizeof a->prefix) == 0 && memcmp(a->suffix, b->suffix, sizeof a->suffix) == 0;
}

struct archive_entity_scorer {
    const archive_entity_token *tokens;
    long count;
    int *formOf;   // per token, its form's number
    form *forms;   // one per distinct token, numbered in the order of their first token
    // Outside the sentence: the word and shape 1 before it, 2 after it, no lists.
    sums before, before2, after, after2;
};

static inline __attribute__((always_inline)) void prepare(archive_entity_scorer *sc, const archive_entity_weights *m) {
    const archive_entity_token *h = sc->tokens;
    long count = sc->count, size = 16;
    while (size < 2 * count) size <<= 1;
    long *slots = malloc(sizeof(long) * (size_t)size);  // a token of the form + 1, or 0
    memset(slots, 0, sizeof(long) * (size_t)size);
    long forms = 0;
    for (long k = 0; k < count; k++) {
        uint64_t x = (h[k].cased ^ h[k].word * 0x9E3779B97F4A7C15ULL) * 0xFF51AFD7ED558CCDULL;
        long i = (long)(x >> 32) & (size - 1);
        for (;;) {
            long e = slots[i];
            if (e == 0) {
                slots[i] = k + 1;
                sc->formOf[k] = (int)forms;
                forms++;
                break;
            }
            if (sameForm(h + e - 1, h + k)) { sc->formOf[k] = sc->formOf[e - 1]; break; }
            i = (i + 1) & (size - 1);
        }
    }
    free(slots);
    // Counted first, then allocated once: grown by doubling, the forms were copied by `realloc`
    // whenever the heap could not extend them in place.
    sc->forms = malloc(sizeof(form) * (size_t)(forms > 0 ? forms : 1));
    // A form's first token is the first whose number is the next one not yet scored.
    for (long k = 0, f = 0; k < count && f < forms; k++) {
        if (sc->formOf[k] == f) { scoreForm(&sc->forms[f], h + k, m); f++; }
    }
    zero(&sc->before); zero(&sc->before2); zero(&sc->after); zero(&sc->after2);
    add(&sc->before, m, 2, 1); add(&sc->before, m, 7, 1);
    add(&sc->before2, m, 4, 1); add(&sc->before2, m, 9, 1);
    add(&sc->after, m, 3, 2); add(&sc->after, m, 8, 2);
    add(&sc->after2, m, 5, 2); add(&sc->after2, m, 10, 2);
}

static inline __attribute__((always_inline)) void emissions(const archive_entity_scorer *sc, long lo, long hi, int lineFlags,
                                                             const unsigned char *gaz, const uint64_t *capMid, const uint64_t *lowSeen,
                                                             long setSize, const archive_entity_weights *m, int *out) {
    const archive_entity_token *h = sc->tokens;
    const int *formOf = sc->formOf;
    const form *forms = sc->forms;
#define W(k) ((k) < lo ? 1ULL : (k) >= hi ? 2ULL : h[k].word)
#define S(k) ((k) < lo ? 1ULL : (k) >= hi ? 2ULL : h[k].shape)
    for (long i = lo; i < hi; i++) {
        const archive_entity_token *t = h + i;
        sums s = forms[formOf[i]].role[SELF];
        plus(&s, i - 1 >= lo ? &forms[formOf[i - 1]].role[LEFT] : &sc->before);
        plus(&s, i - 2 >= lo ? &forms[formOf[i - 2]].role[LEFT2] : &sc->before2);
        plus(&s, i + 1 < hi ? &forms[formOf[i + 1]].role[RIGHT] : &sc->after);
        plus(&s, i + 2 < hi ? &forms[formOf[i + 2]].role[RIGHT2] : &sc->after2);
        uint64_t w0 = t->word, s0 = t->shape;
        uint64_t wm1 = W(i - 1), wp1 = W(i + 1), sm1 = S(i - 1), sp1 = S(i + 1);
        add(&s, m, 11, comb(wm1, w0)); add(&s, m, 12, comb(w0, wp1));
        add(&s, m, 13, comb(sm1, s0)); add(&s, m, 14, comb(s0, sp1));
        add(&s, m, 15, comb(comb(sm1, s0), sp1));
        uint64_t flags = (uint64_t)((t->initial ? 1 : 0) | lineFlags);
        add(&s, m, 25, comb(flags, s0));
        if (flags != 0) add(&s, m, 26, comb(flags, w0));
        unsigned char gp = gaz[2 * i], go = gaz[2 * i + 1];
        if (gp != 0) add(&s, m, 32, gp);
        if (go != 0) add(&s, m, 33, go);
        if (t->isWord && (t->cap || t->allCaps)) {
            uint64_t d = (uint64_t)((contains(capMid, setSize, w0) ? 1 : 0) | (contains(lowSeen, setSize, w0) ? 2 : 0));
            add(&s, m, 34, comb(d, flags));
            add(&s, m, 35, comb(d, s0));
        }
        add(&s, m, 36, comb(wm1, s0));
        add(&s, m, 37, comb(s0, wp1));
        int *e = out + (i - lo) * 9;
        int16_t acc[8];
#if defined(__SSE2__)
        _mm_storeu_si128((__m128i *)acc, s.acc);
#else
        for (int y = 0; y < 8; y++) acc[y] = s.acc[y];
#endif
        // In unsigned arithmetic: Swift's `&*` wraps, C's signed overflow would be undefined.
        for (int y = 0; y < 8; y++) e[y] = (int)((uint32_t)(int32_t)acc[y] * (uint32_t)m->step);
        e[8] = (int)((uint32_t)s.last * (uint32_t)m->step);
    }
#undef W
#undef S
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <stdatomic.h>

// 0 not yet asked, 1 without POPCNT, 2 with it: asked of CPUID once.
static _Atomic int popcntState;

static bool hasPopcnt(void) {
    int state = atomic_load_explicit(&popcntState, memory_order_relaxed);
    if (state == 0) {
        unsigned a, b, c, d;
        state = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_POPCNT) ? 2 : 1;
        atomic_store_explicit(&popcntState, state, memory_order_relaxed);
    }
    return state == 2;
}

// The same code with the POPCNT instruction, taken where the processor has it (every x86-64 of
// the last fifteen years; the baseline compilers build for lacks it).
__attribute__((target("popcnt"))) static void preparePopcnt(archive_entity_scorer *sc, const archive_entity_weights *m) { prepare(sc, m); }
static void preparePlain(archive_entity_scorer *sc, const archive_entity_weights *m) { prepare(sc, m); }

__attribute__((target("popcnt")))
static void emissionsPopcnt(const archive_entity_scorer *sc, long lo, long hi, int lineFlags, const unsigned char *gaz,
                            const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    emissions(sc, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}

static void emissionsPlain(const archive_entity_scorer *sc, long lo, long hi, int lineFlags, const unsigned char *gaz,
                           const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    emissions(sc, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}
#define PREPARE(sc, m) (hasPopcnt() ? preparePopcnt(sc, m) : preparePlain(sc, m))
#define EMISSIONS(...) (hasPopcnt() ? emissionsPopcnt(__VA_ARGS__) : emissionsPlain(__VA_ARGS__))
#else
#define PREPARE(sc, m) prepare(sc, m)
#define EMISSIONS(...) emissions(__VA_ARGS__)
#endif

archive_entity_scorer *archive_entity_scorer_new(const archive_entity_token *tokens, long count, const archive_entity_weights *model) {
    archive_entity_scorer *sc = malloc(sizeof *sc);
    sc->tokens = tokens;
    sc->count = count;
    sc->formOf = malloc(sizeof(int) * (size_t)(count > 0 ? count : 1));
    sc->forms = NULL;
    PREPARE(sc, model);
    return sc;
}

void archive_entity_scorer_free(archive_entity_scorer *sc) {
    free(sc->formOf);
    free(sc->forms);
    free(sc);
}

void archive_entity_emissions(const archive_entity_scorer *sc, long lo, long hi, int lineFlags, const unsigned char *gaz,
                              const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    EMISSIONS(sc, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}
