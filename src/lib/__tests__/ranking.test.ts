import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MetricInputError } from '../metrics';
import {
  averagePrecision,
  dcgAtK,
  dcgContributions,
  hitRateAtK,
  meanRankingMetrics,
  ndcgAtK,
  precisionAtK,
  rankingBreakdown,
  recallAtK,
  reciprocalRank,
} from '../ranking';

/** scikit-learn takes true relevance and scores; these functions take relevance in the ranked order. */
const rankedByScore = (relevance: readonly number[], scores: readonly number[]): number[] =>
  relevance
    .map((value, index) => ({ value, score: scores[index] ?? 0 }))
    .sort((a, b) => b.score - a.score)
    .map(({ value }) => value);

describe('scikit-learn documented examples', () => {
  const trueRelevance = [10, 0, 0, 1, 5];

  // The docstrings print "9.49...", "0.69...": the value must start with those digits.
  it.each([
    { fn: 'dcg', scores: [0.1, 0.2, 0.3, 4, 70], k: 5, shown: '9.49' },
    { fn: 'dcg', scores: [0.1, 0.2, 0.3, 4, 70], k: 2, shown: '5.63' },
    { fn: 'ndcg', scores: [0.1, 0.2, 0.3, 4, 70], k: 5, shown: '0.6956940443813076' },
    { fn: 'ndcg', scores: [0.05, 1.1, 1.0, 0.5, 0.0], k: 5, shown: '0.49' },
    { fn: 'ndcg', scores: [0.05, 1.1, 1.0, 0.5, 0.0], k: 4, shown: '0.35' },
    // "the normalization takes k into account so a perfect answer would still get 1.0"
    { fn: 'ndcg', scores: trueRelevance, k: 4, shown: '1' },
  ])('$fn_score(k=$k) for scores $scores starts $shown', ({ fn, scores, k, shown }) => {
    const ranked = rankedByScore(trueRelevance, scores);
    const value = fn === 'dcg' ? dcgAtK(ranked, k) : ndcgAtK(ranked, k);
    expect(String(value).startsWith(shown)).toBe(true);
  });

  it('average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) is 0.83…', () => {
    const ranked = rankedByScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(ranked).toEqual([1, 0, 1, 0]);
    expect(averagePrecision({ relevance: ranked })).toBeCloseTo((1 + 2 / 3) / 2, 14);
  });
});

describe('worked values', () => {
  // The page's running example: ten videos, relevant at ranks 1, 3 and 6, four relevant in the catalogue.
  const feed = { relevance: [3, 0, 2, 0, 0, 1, 0, 0, 0, 0], totalRelevant: 4 };

  it.each([
    { name: 'precision@5', value: () => precisionAtK(feed, 5), expected: 2 / 5 },
    {
      name: 'precision@20 counts missing places as not relevant',
      value: () => precisionAtK(feed, 20),
      expected: 3 / 20,
    },
    { name: 'recall@5', value: () => recallAtK(feed, 5), expected: 2 / 4 },
    { name: 'recall@10', value: () => recallAtK(feed, 10), expected: 3 / 4 },
    { name: 'hit rate@1', value: () => hitRateAtK(feed, 1), expected: 1 },
    {
      name: 'hit rate@1 of a list starting with a miss',
      value: () => hitRateAtK({ relevance: [0, 1] }, 1),
      expected: 0,
    },
    { name: 'reciprocal rank', value: () => reciprocalRank({ relevance: [0, 0, 1, 1] }), expected: 1 / 3 },
    {
      name: 'reciprocal rank@2 past the first hit',
      value: () => reciprocalRank({ relevance: [0, 0, 1] }, 2),
      expected: 0,
    },
    {
      name: 'reciprocal rank without a hit',
      value: () => reciprocalRank({ relevance: [0, 0] }),
      expected: 0,
    },
    { name: 'AP over the catalogue', value: () => averagePrecision(feed), expected: (1 + 2 / 3 + 3 / 6) / 4 },
    {
      name: 'AP@5 divides by min(k, total)',
      value: () => averagePrecision(feed, 5),
      expected: (1 + 2 / 3) / 4,
    },
    { name: 'AP@2 divides by min(k, total)', value: () => averagePrecision(feed, 2), expected: 1 / 2 },
    {
      name: 'DCG@3, linear gain',
      value: () => dcgAtK(feed.relevance, 3),
      expected: 3 / Math.log2(2) + 0 + 2 / Math.log2(4),
    },
    {
      name: 'DCG@3, exponential gain',
      value: () => dcgAtK(feed.relevance, 3, 'exponential'),
      expected: 7 / Math.log2(2) + 0 + 3 / Math.log2(4),
    },
    {
      name: 'NDCG@3, linear gain',
      value: () => ndcgAtK(feed.relevance, 3),
      expected: (3 + 2 / 2) / (3 + 2 / Math.log2(3) + 1 / 2),
    },
  ])('$name', ({ value, expected }) => {
    expect(value()).toBeCloseTo(expected, 14);
  });

  it('undefined values are null, never NaN', () => {
    expect(recallAtK({ relevance: [0, 0] }, 1)).toBeNull();
    expect(averagePrecision({ relevance: [0, 0] })).toBeNull();
    expect(ndcgAtK([0, 0, 0], 2)).toBeNull();
    expect(dcgAtK([0, 0, 0], 2)).toBe(0);
  });

  it('DCG contributions: one per place of the top k, for the ranking and its ideal order', () => {
    const { actual, ideal } = dcgContributions([0, 1, 3], 2, 'exponential');
    expect(actual).toEqual([0, 1 / Math.log2(3)]);
    expect(ideal).toEqual([7, 1 / Math.log2(3)]);
  });

  it('means skip undefined values and say how many', () => {
    const means = meanRankingMetrics([feed, { relevance: [0, 0, 0] }, { relevance: [0, 1] }], 2);
    expect(means.precision).toBeCloseTo((1 / 2 + 0 + 1 / 2) / 3, 14);
    expect(means.recall).toBeCloseTo((1 / 4 + 1) / 2, 14);
    expect(means.hitRate).toBeCloseTo(2 / 3, 14);
    expect(means.mrr).toBeCloseTo((1 + 0 + 1 / 2) / 3, 14);
    // AP@2: [3, 0] finds 1 of min(2, 4) = 2; [0, 1] finds its only relevant item at rank 2 (precision 1/2).
    expect(means.map).toBeCloseTo((1 / 2 + 1 / 2) / 2, 14);
    expect(means.skipped).toEqual({ recall: 1, map: 1, ndcg: 1 });
    expect(meanRankingMetrics([{ relevance: [0] }], 3)).toMatchObject({
      recall: null,
      map: null,
      ndcg: null,
    });
  });
});

describe('bad input throws MetricInputError with a problem code', () => {
  const problem = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricInputError);
      const { problem: kind, message, where } = error as MetricInputError;
      return { kind, where, message };
    }
    throw new Error('expected a MetricInputError');
  };

  it.each([
    { name: 'an empty list', run: () => precisionAtK({ relevance: [] }, 1), kind: 'empty' },
    { name: 'a negative grade', run: () => ndcgAtK([1, -1], 2), kind: 'negative' },
    { name: 'a NaN grade', run: () => dcgAtK([1, NaN], 2), kind: 'not-finite' },
    { name: 'an infinite grade', run: () => recallAtK({ relevance: [Infinity] }, 1), kind: 'not-finite' },
    {
      name: 'a grade that is no number',
      run: () => hitRateAtK({ relevance: ['2' as unknown as number] }, 1),
      kind: 'not-finite',
    },
    { name: 'k = 0', run: () => precisionAtK({ relevance: [1] }, 0), kind: 'bad-k' },
    { name: 'k = 2.5', run: () => ndcgAtK([1], 2.5), kind: 'bad-k' },
    { name: 'k = NaN', run: () => reciprocalRank({ relevance: [1] }, NaN), kind: 'bad-k' },
    {
      name: 'too few relevant in total',
      run: () => recallAtK({ relevance: [1, 1], totalRelevant: 1 }, 1),
      kind: 'total-too-small',
    },
    {
      name: 'a fractional total',
      run: () => averagePrecision({ relevance: [1], totalRelevant: 1.5 }),
      kind: 'not-a-count',
    },
    {
      name: 'an exponential gain that overflows',
      run: () => ndcgAtK([1001], 1, 'exponential'),
      kind: 'too-large',
    },
    { name: 'no lists to average', run: () => meanRankingMetrics([], 1), kind: 'empty' },
  ])('$name', ({ run, kind }) => {
    expect(problem(run).kind).toBe(kind);
  });

  it('messages name the place and what is allowed', () => {
    expect(problem(() => ndcgAtK([1, -1], 2))).toMatchInlineSnapshot(`
      {
        "kind": "negative",
        "message": "relevance[1] is -1; a relevance grade must be 0 (not relevant) or more",
        "where": 1,
      }
    `);
    expect(problem(() => precisionAtK({ relevance: [1] }, 0))).toMatchInlineSnapshot(`
      {
        "kind": "bad-k",
        "message": "k must be a whole number of 1 or more, not 0",
        "where": "k",
      }
    `);
    expect(problem(() => recallAtK({ relevance: [1, 1], totalRelevant: 1 }, 1))).toMatchInlineSnapshot(`
      {
        "kind": "total-too-small",
        "message": "totalRelevant is 1, but the list alone holds 2 relevant items",
        "where": "totalRelevant",
      }
    `);
  });
});

describe('properties over random lists', () => {
  const grades = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 });
  // Grades of 0 or at least 0.01: 2^rel − 1 of a subnormal grade rounds to a gain of 0.
  const fractional = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })), {
    minLength: 1,
    maxLength: 40,
  });
  const k = fc.integer({ min: 1, max: 50 });
  const gain = fc.constantFrom('linear' as const, 'exponential' as const);

  it('NDCG is null or lies in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(grades, fractional), k, gain, (relevance, cut, g) => {
        const value = ndcgAtK(relevance, cut, g);
        if (value === null)
          expect(relevance.slice(0).every((v) => v === 0) || g === 'exponential').toBe(true);
        else expect(value >= 0 && value <= 1).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a list sorted by relevance has NDCG 1', () => {
    fc.assert(
      fc.property(fc.oneof(grades, fractional), k, gain, (relevance, cut, g) => {
        fc.pre(relevance.some((v) => v > 0));
        expect(
          ndcgAtK(
            [...relevance].sort((a, b) => b - a),
            cut,
            g,
          ),
        ).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('precision@k ≤ 1, and recall@k never falls as k grows', () => {
    fc.assert(
      fc.property(grades, k, fc.nat({ max: 5 }), (relevance, cut, extra) => {
        const list = { relevance, totalRelevant: relevance.filter((v) => v > 0).length + extra };
        expect(precisionAtK(list, cut)).toBeLessThanOrEqual(1);
        const recall = recallAtK(list, cut);
        const further = recallAtK(list, cut + 1);
        if (recall === null) expect(further).toBeNull();
        else expect(further).toBeGreaterThanOrEqual(recall);
      }),
      { numRuns: 500 },
    );
  });

  it('MRR of a list whose first item is relevant is 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), grades, k, (first, rest, cut) => {
        expect(reciprocalRank({ relevance: [first, ...rest] })).toBe(1);
        expect(meanRankingMetrics([{ relevance: [first, ...rest] }], cut).mrr).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('AP is null or in [0, 1], and 1 when every relevant item comes first', () => {
    fc.assert(
      fc.property(grades, k, (relevance, cut) => {
        const ap = averagePrecision({ relevance }, cut);
        if (ap !== null) expect(ap >= 0 && ap <= 1 + 1e-12).toBe(true);
        const sorted = [...relevance].sort((a, b) => b - a);
        if (relevance.some((v) => v > 0))
          expect(averagePrecision({ relevance: sorted }, cut)).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rankingBreakdown', () => {
  it('gives the counts and sums the formulas use, agreeing with the metrics', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (relevance, k) => {
          const list = { relevance };
          const parts = rankingBreakdown(list, k, 'exponential');
          expect(parts.hits / k).toBe(precisionAtK(list, k));
          expect(parts.firstRelevantRank === null ? 0 : 1 / parts.firstRelevantRank).toBe(
            reciprocalRank(list, k),
          );
          expect(parts.dcg).toBeCloseTo(dcgAtK(relevance, k, 'exponential'), 10);
          if (parts.idealDcg > 0)
            expect(parts.dcg / parts.idealDcg).toBeCloseTo(ndcgAtK(relevance, k, 'exponential') ?? NaN, 10);
          const ap = parts.precisionTerms.reduce((total, [hits, rank]) => total + hits / rank, 0);
          if (parts.totalRelevant > 0)
            expect(ap / Math.min(k, parts.totalRelevant)).toBeCloseTo(averagePrecision(list, k) ?? NaN, 12);
        },
      ),
      { numRuns: 300 },
    );
  });
});
