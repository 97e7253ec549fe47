// First-order Viterbi for the entity tagger (EntityTagger.viterbi). Tags: O, then B- and I- of
// PER, ORG, LOC, MISC. BIO lets O and every B- follow any tag and an I- only its own B- or I-,
// so a step weighs 5 × 9 + 4 × 2 predecessors instead of 9 × 9.
#include "entity_model.h"

void archive_entity_viterbi(const int *emissions, long n, const int *transitions, unsigned char *back, unsigned char *out) {
    enum { T = 9 };
    const long long impossible = -(1LL << 50);  // an I- tag first
    long long score[T], next[T];
    for (int y = 0; y < T; y++)
        score[y] = (y != 0 && y % 2 == 0 ? impossible : transitions[T * T + y]) + emissions[y];
    for (long i = 1; i < n; i++) {
        const int *e = emissions + i * T;
        unsigned char *b = back + i * T;
        // O and the B- tags (0, 1, 3, 5, 7): from any tag; ties go to the lower tag, as numpy's argmax.
        for (int y = 0; y < T; y += (y == 0 ? 1 : 2)) {
            long long best = score[0] + transitions[y];
            int arg = 0;
            for (int p = 1; p < T; p++) {
                long long v = score[p] + transitions[p * T + y];
                if (v > best) { best = v; arg = p; }
            }
            next[y] = best + e[y];
            b[y] = (unsigned char)arg;
        }
        // The I- tags (2, 4, 6, 8): after their own B- or I-.
        for (int y = 2; y < T; y += 2) {
            long long fromB = score[y - 1] + transitions[(y - 1) * T + y], fromI = score[y] + transitions[y * T + y];
            if (fromI > fromB) { next[y] = fromI + e[y]; b[y] = (unsigned char)y; }
            else { next[y] = fromB + e[y]; b[y] = (unsigned char)(y - 1); }
        }
        for (int y = 0; y < T; y++) score[y] = next[y];
    }
    int y = 0;
    for (int k = 1; k < T; k++) if (score[k] > score[y]) y = k;
    out[n - 1] = (unsigned char)y;
    for (long i = n - 1; i > 0; i--) { y = back[i * T + y]; out[i - 1] = (unsigned char)y; }
}
