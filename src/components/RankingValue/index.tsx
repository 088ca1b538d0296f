import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import { formatMetric } from '@site/src/lib/metrics';
import {
  averagePrecision,
  dcgAtK,
  hitRateAtK,
  meanRankingMetrics,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  reciprocalRank,
  type Gain,
} from '@site/src/lib/ranking';

/** Props of {@link RankingValue}: the metric, the ranked list(s) it is computed on, and how to show it. */
export type RankingValueProps = {
  readonly digits?: number;
  readonly format?: 'decimal' | 'percent';
} & (
  | {
      readonly metric: 'precision-at-k' | 'recall-at-k' | 'hit-rate-at-k';
      readonly relevance: readonly number[];
      readonly totalRelevant?: number;
      readonly k: number;
    }
  | {
      readonly metric: 'reciprocal-rank' | 'average-precision';
      readonly relevance: readonly number[];
      readonly totalRelevant?: number;
      readonly k?: number;
    }
  | {
      readonly metric: 'dcg' | 'ndcg';
      readonly relevance: readonly number[];
      readonly k: number;
      readonly gain?: Gain;
    }
  | {
      readonly metric: 'mrr' | 'map' | 'mean-ndcg';
      readonly lists: readonly (readonly number[])[];
      readonly k: number;
    }
);

function compute(props: RankingValueProps): number | null {
  switch (props.metric) {
    case 'precision-at-k':
      return precisionAtK(props, props.k);
    case 'recall-at-k':
      return recallAtK(props, props.k);
    case 'hit-rate-at-k':
      return hitRateAtK(props, props.k);
    case 'reciprocal-rank':
      return reciprocalRank(props, props.k);
    case 'average-precision':
      return averagePrecision(props, props.k);
    case 'dcg':
      return dcgAtK(props.relevance, props.k, props.gain);
    case 'ndcg':
      return ndcgAtK(props.relevance, props.k, props.gain);
    case 'mrr':
    case 'map':
    case 'mean-ndcg': {
      const means = meanRankingMetrics(
        props.lists.map((relevance) => ({ relevance })),
        props.k,
      );
      return props.metric === 'mrr' ? means.mrr : props.metric === 'map' ? means.map : means.ndcg;
    }
  }
}

/**
 * A ranking metric computed with the site's ranking library while the page is built, so worked examples cannot
 * drift from their formulas. Invalid inputs fail the build (the library throws).
 */
export default function RankingValue(props: RankingValueProps): ReactNode {
  const value = compute(props);
  return (
    <span className="metric-value">
      {value === null
        ? translate({ id: 'rankingValue.undefined', message: '无定义（没有相关条目）' })
        : formatMetric(value, { digits: props.digits, percent: props.format === 'percent' })}
    </span>
  );
}
