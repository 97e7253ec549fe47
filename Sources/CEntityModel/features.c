// The entity tagger's feature scores (EntityTagger.tag), in C: a token's ~35 features each
// cost a hash, a row's rank in the bitmap and 9 weights added; in Swift the accumulator captured
// by the feature closure paid an exclusivity check per feature, and `nonzeroBitCount` a software
// popcount (Swift builds for the baseline x86-64). The features are scripts/train-entity-tagger.py's,
// template for template; EntityTaggerTests compares the tags of both.
#include "entity_model.h"
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

static inline __attribute__((always_inline)) void emissions(const archive_entity_token *h, long lo, long hi, int lineFlags,
                                                             const unsigned char *gaz, const uint64_t *capMid, const uint64_t *lowSeen,
                                                             long setSize, const archive_entity_weights *m, int *out) {
#define W(k) ((k) < lo ? 1ULL : (k) >= hi ? 2ULL : h[k].word)
#define S(k) ((k) < lo ? 1ULL : (k) >= hi ? 2ULL : h[k].shape)
#define L(k) ((k) < lo || (k) >= hi ? (uint16_t)0 : h[k].lists)
    for (long i = lo; i < hi; i++) {
        const archive_entity_token *t = h + i;
        sums s;
#if defined(__SSE2__)
        s.acc = _mm_setzero_si128();
#else
        for (int y = 0; y < 8; y++) s.acc[y] = 0;
#endif
        s.last = 0;
        uint64_t w0 = t->word, s0 = t->shape;
        uint64_t wm1 = W(i - 1), wp1 = W(i + 1), sm1 = S(i - 1), sp1 = S(i + 1);
        add(&s, m, 0, 0); add(&s, m, 1, w0); add(&s, m, 2, wm1); add(&s, m, 3, wp1); add(&s, m, 4, W(i - 2)); add(&s, m, 5, W(i + 2));
        add(&s, m, 6, s0); add(&s, m, 7, sm1); add(&s, m, 8, sp1); add(&s, m, 9, S(i - 2)); add(&s, m, 10, S(i + 2));
        add(&s, m, 11, comb(wm1, w0)); add(&s, m, 12, comb(w0, wp1));
        add(&s, m, 13, comb(sm1, s0)); add(&s, m, 14, comb(s0, sp1));
        add(&s, m, 15, comb(comb(sm1, s0), sp1));
        long n = t->length;
        if (n >= 1) { add(&s, m, 16, t->prefix[0]); add(&s, m, 20, t->suffix[0]); }
        if (n >= 2) { add(&s, m, 17, t->prefix[1]); add(&s, m, 21, t->suffix[1]); }
        if (n >= 3) { add(&s, m, 18, t->prefix[2]); add(&s, m, 22, t->suffix[2]); }
        if (n >= 4) { add(&s, m, 19, t->prefix[3]); add(&s, m, 23, t->suffix[3]); }
        add(&s, m, 24, t->cased);
        uint64_t flags = (uint64_t)((t->initial ? 1 : 0) | lineFlags);
        add(&s, m, 25, comb(flags, s0));
        if (flags != 0) add(&s, m, 26, comb(flags, w0));
        addBits(&s, m, 29, L(i));
        addBits(&s, m, 30, L(i - 1));
        addBits(&s, m, 31, L(i + 1));
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
#undef L
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

// The same code with the POPCNT instruction, taken where the processor has it (all x86-64 of
// the last fifteen years; the baseline the compilers build for lacks it).
__attribute__((target("popcnt")))
static void emissionsPopcnt(const archive_entity_token *h, long lo, long hi, int lineFlags, const unsigned char *gaz,
                            const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    emissions(h, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}

static void emissionsPlain(const archive_entity_token *h, long lo, long hi, int lineFlags, const unsigned char *gaz,
                           const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    emissions(h, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}

void archive_entity_emissions(const archive_entity_token *h, long lo, long hi, int lineFlags, const unsigned char *gaz,
                              const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    if (hasPopcnt()) emissionsPopcnt(h, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
    else emissionsPlain(h, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}
#else
void archive_entity_emissions(const archive_entity_token *h, long lo, long hi, int lineFlags, const unsigned char *gaz,
                              const uint64_t *capMid, const uint64_t *lowSeen, long setSize, const archive_entity_weights *m, int *out) {
    emissions(h, lo, hi, lineFlags, gaz, capMid, lowSeen, setSize, m, out);
}
#endif
