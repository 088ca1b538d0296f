/**
 * Ranking metrics for recommendation and search: precision@k, recall@k, hit rate, reciprocal rank, average
 * precision, (n)DCG, and their means over queries. scikit-learn's conventions where it has them (`dcg_score`,
 * `ndcg_score`, `average_precision_score`). Pure: no React, no DOM.
 */

import { MetricInputError } from './metrics';

/**
 * One query's result list: the graded relevance (≥ 0) of the items in the order the system ranked them. An item
 * is relevant when its relevance is > 0. `totalRelevant` counts the relevant items in the whole catalogue (for
 * recall and average precision); by default, the relevant items in the list.
 */
export interface RankedList {
  readonly relevance: readonly number[];
  readonly totalRelevant?: number;
}

/** How a relevance grade becomes gain: the grade itself (scikit-learn), or 2^rel − 1 (Burges et al., 2005). */
export type Gain = 'linear' | 'exponential';

/** The largest grade the exponential gain accepts: 2^1000 is still finite, and sums of them stay finite too. */
export const maxExponentialGrade = 1000;
/** The largest grade accepted at all, so no sum of grades can overflow to Infinity. */
export const maxGrade = 1_000_000_000;

function assertRelevance(relevance: readonly number[]): void {
  if (!Array.isArray(relevance) || relevance.length === 0) {
    throw new MetricInputError('A ranked list must hold at least one relevance grade', 'empty');
  }
  relevance.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new MetricInputError(
        `relevance[${index}] must be a finite number, not ${String(value)}`,
        'not-finite',
        index,
      );
    }
    if (value < 0) {
      throw new MetricInputError(
        `relevance[${index}] is ${value}; a relevance grade must be 0 (not relevant) or more`,
        'negative',
        index,
      );
    }
    if (value > maxGrade) {
      throw new MetricInputError(
        `relevance[${index}] is ${value}; a relevance grade must be at most ${maxGrade}`,
        'too-large',
        index,
      );
    }
  });
}

function assertK(k: number): void {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
    throw new MetricInputError(`k must be a whole number of 1 or more, not ${String(k)}`, 'bad-k', 'k');
  }
}

const relevantIn = (relevance: readonly number[], k = relevance.length): number => {
  let count = 0;
  const end = Math.min(k, relevance.length);
  for (let i = 0; i < end; i++) if ((relevance[i] ?? 0) > 0) count++;
  return count;
};

/** The list's relevant items in the whole catalogue, checked against what the list itself holds. */
function totalRelevantOf(list: RankedList): number {
  assertRelevance(list.relevance);
  const inList = relevantIn(list.relevance);
  const { totalRelevant } = list;
  if (totalRelevant === undefined) return inList;
  if (typeof totalRelevant !== 'number' || !Number.isInteger(totalRelevant) || totalRelevant < 0) {
    throw new MetricInputError(
      `totalRelevant must be a whole number of 0 or more, not ${String(totalRelevant)}`,
      'not-a-count',
      'totalRelevant',
    );
  }
  if (totalRelevant < inList) {
    throw new MetricInputError(
      `totalRelevant is ${totalRelevant}, but the list alone holds ${inList} relevant items`,
      'total-too-small',
      'totalRelevant',
    );
  }
  return totalRelevant;
}

/** Relevant items in the top k, divided by k; places past the end of a short list count as not relevant. */
export function precisionAtK(list: RankedList, k: number): number {
  assertRelevance(list.relevance);
  assertK(k);
  return relevantIn(list.relevance, k) / k;
}

/** Relevant items in the top k, divided by all relevant items; `null` when there is none. */
export function recallAtK(list: RankedList, k: number): number | null {
  const total = totalRelevantOf(list);
  assertK(k);
  return total === 0 ? null : relevantIn(list.relevance, k) / total;
}

/** 1 when at least one relevant item is in the top k, else 0. */
export function hitRateAtK(list: RankedList, k: number): 0 | 1 {
  assertRelevance(list.relevance);
  assertK(k);
  return relevantIn(list.relevance, k) > 0 ? 1 : 0;
}

/** 1 / the rank of the first relevant item; 0 when there is none (in the top k, when k is given). */
export function reciprocalRank(list: RankedList, k?: number): number {
  assertRelevance(list.relevance);
  if (k !== undefined) assertK(k);
  const first = list.relevance.findIndex((value) => value > 0);
  return first === -1 || (k !== undefined && first >= k) ? 0 : 1 / (first + 1);
}

/**
 * The sum of precision@i over the ranks i (≤ k) that hold a relevant item, divided by the relevant items in the
 * catalogue, or by min(k, totalRelevant) when k is given; `null` when totalRelevant is 0. Without k and
 * totalRelevant this is scikit-learn's `average_precision_score` for a list with distinct scores.
 */
export function averagePrecision(list: RankedList, k?: number): number | null {
  const total = totalRelevantOf(list);
  if (k !== undefined) assertK(k);
  if (total === 0) return null;
  const { relevance } = list;
  const end = k === undefined ? relevance.length : Math.min(k, relevance.length);
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < end; i++) {
    if ((relevance[i] ?? 0) > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / (k === undefined ? total : Math.min(k, total));
}

function assertGain(relevance: readonly number[], gain: Gain): void {
  if (gain !== 'linear' && gain !== 'exponential') {
    throw new MetricInputError(
      `gain must be "linear" or "exponential", not ${String(gain)}`,
      'bad-gain',
      'gain',
    );
  }
  if (gain === 'exponential') {
    const index = relevance.findIndex((value) => value > maxExponentialGrade);
    if (index !== -1) {
      throw new MetricInputError(
        `relevance[${index}] is ${relevance[index]}; the exponential gain 2^rel − 1 takes grades up to ${maxExponentialGrade}`,
        'too-large',
        index,
      );
    }
  }
}

/** The gain of one relevance grade: the grade itself, or 2^rel − 1. */
export const gainOf = (value: number, gain: Gain): number => (gain === 'linear' ? value : 2 ** value - 1);

/** The discount of rank i (1-based): log2(i + 1), as Järvelin & Kekäläinen (2002) and scikit-learn use. */
const discount = (rank: number): number => Math.log2(rank + 1);

/** What each of the top k places adds to the DCG, for the list as ranked and for its ideal order. */
export function dcgContributions(
  relevance: readonly number[],
  k: number,
  gain: Gain = 'linear',
): { actual: number[]; ideal: number[] } {
  assertRelevance(relevance);
  assertK(k);
  assertGain(relevance, gain);
  const end = Math.min(k, relevance.length);
  const ideal = [...relevance].sort((a, b) => b - a);
  const contributions = (values: readonly number[]) =>
    Array.from({ length: end }, (_, i) => gainOf(values[i] ?? 0, gain) / discount(i + 1));
  return { actual: contributions(relevance), ideal: contributions(ideal) };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Discounted cumulative gain of the top k: Σ gain(rel_i) / log2(i + 1). */
export function dcgAtK(relevance: readonly number[], k: number, gain: Gain = 'linear'): number {
  return sum(dcgContributions(relevance, k, gain).actual);
}

/** DCG@k divided by the DCG@k of the same grades sorted best first; `null` when that ideal DCG is 0. */
export function ndcgAtK(relevance: readonly number[], k: number, gain: Gain = 'linear'): number | null {
  const { actual, ideal } = dcgContributions(relevance, k, gain);
  const best = sum(ideal);
  // Mathematically DCG ≤ ideal DCG; min() only drops rounding in the last bit.
  return best === 0 ? null : Math.min(1, sum(actual) / best);
}

/** Means over queries at one k; metrics undefined for a query (`null`) are left out and counted in `skipped`. */
export interface MeanRankingMetrics {
  precision: number;
  recall: number | null;
  hitRate: number;
  mrr: number;
  map: number | null;
  ndcg: number | null;
  skipped: { recall: number; map: number; ndcg: number };
}

function meanOf(values: readonly (number | null)[]): { mean: number | null; skipped: number } {
  const defined = values.filter((value): value is number => value !== null);
  return {
    mean: defined.length === 0 ? null : sum(defined) / defined.length,
    skipped: values.length - defined.length,
  };
}

/** Mean precision@k, recall@k, hit rate@k, MRR@k, MAP@k and NDCG@k over several queries' lists. */
export function meanRankingMetrics(
  lists: readonly RankedList[],
  k: number,
  gain: Gain = 'linear',
): MeanRankingMetrics {
  if (!Array.isArray(lists) || lists.length === 0) {
    throw new MetricInputError('Give at least one ranked list', 'empty');
  }
  assertK(k);
  const recall = meanOf(lists.map((list) => recallAtK(list, k)));
  const map = meanOf(lists.map((list) => averagePrecision(list, k)));
  const ndcg = meanOf(lists.map((list) => ndcgAtK(list.relevance, k, gain)));
  return {
    precision: sum(lists.map((list) => precisionAtK(list, k))) / lists.length,
    recall: recall.mean,
    hitRate: sum(lists.map((list) => hitRateAtK(list, k))) / lists.length,
    mrr: sum(lists.map((list) => reciprocalRank(list, k))) / lists.length,
    map: map.mean,
    ndcg: ndcg.mean,
    skipped: { recall: recall.skipped, map: map.skipped, ndcg: ndcg.skipped },
  };
}

/** The numbers behind one list's metrics at k, for showing each formula with the reader's own numbers. */
export interface RankingBreakdown {
  /** Relevant items in the top k. */
  readonly hits: number;
  readonly totalRelevant: number;
  /** 1-based rank of the first relevant item in the top k, or null. */
  readonly firstRelevantRank: number | null;
  /** [relevant items so far, rank] at each relevant rank of the top k: the terms of average precision. */
  readonly precisionTerms: readonly (readonly [number, number])[];
  readonly dcg: number;
  readonly idealDcg: number;
}

/** Counts and sums behind precision@k, recall@k, reciprocal rank, AP@k and NDCG@k of one list. */
export function rankingBreakdown(list: RankedList, k: number, gain: Gain = 'linear'): RankingBreakdown {
  const totalRelevant = totalRelevantOf(list);
  const { actual, ideal } = dcgContributions(list.relevance, k, gain);
  const precisionTerms: [number, number][] = [];
  actual.forEach((_, index) => {
    if ((list.relevance[index] ?? 0) > 0) precisionTerms.push([precisionTerms.length + 1, index + 1]);
  });
  return {
    hits: precisionTerms.length,
    totalRelevant,
    firstRelevantRank: precisionTerms[0]?.[1] ?? null,
    precisionTerms,
    dcg: sum(actual),
    idealDcg: sum(ideal),
  };
}
