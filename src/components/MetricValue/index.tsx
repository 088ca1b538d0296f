import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import { rate, relativeChange, sigmoid, softmax } from '@site/src/lib/formulas';
import {
  brierScore,
  classificationMetrics,
  falsePositiveRate,
  formatMetric,
  logLoss,
  regressionMetrics,
  rocAuc,
  type ConfusionCounts,
} from '@site/src/lib/metrics';

/** Props of {@link MetricValue}: the metric, its inputs, and how to show it. */
export type MetricValueProps = {
  readonly digits?: number;
  readonly format?: 'decimal' | 'percent';
} & (
  | ({
      readonly metric: 'accuracy' | 'precision' | 'recall' | 'specificity' | 'f1' | 'fpr';
    } & ConfusionCounts)
  | {
      readonly metric: 'mse' | 'rmse' | 'mae' | 'r2';
      readonly actual: readonly number[];
      readonly predicted: readonly number[];
    }
  | { readonly metric: 'auc'; readonly labels: readonly number[]; readonly scores: readonly number[] }
  | {
      readonly metric: 'log-loss' | 'brier';
      readonly labels: readonly number[];
      readonly probabilities: readonly number[];
    }
  | { readonly metric: 'ratio'; readonly numerator: number; readonly denominator: number }
  | { readonly metric: 'relative-change'; readonly baseline: number; readonly value: number }
  | { readonly metric: 'sigmoid'; readonly z: number }
  | {
      readonly metric: 'softmax';
      readonly logits: readonly number[];
      readonly temperature?: number;
      /** Which entry's probability to show. */
      readonly index: number;
    }
);

function compute(props: MetricValueProps): number | null {
  switch (props.metric) {
    case 'fpr':
      return falsePositiveRate(props);
    case 'accuracy':
    case 'precision':
    case 'recall':
    case 'specificity':
    case 'f1':
      return classificationMetrics(props)[props.metric];
    case 'mse':
    case 'rmse':
    case 'mae':
    case 'r2':
      return regressionMetrics(props.actual, props.predicted)[props.metric];
    case 'auc':
      return rocAuc(props.labels, props.scores);
    case 'log-loss':
      return logLoss(props.labels, props.probabilities);
    case 'brier':
      return brierScore(props.labels, props.probabilities);
    case 'ratio':
      return rate(props.numerator, props.denominator);
    case 'relative-change':
      return relativeChange(props.baseline, props.value);
    case 'sigmoid':
      return sigmoid(props.z);
    case 'softmax': {
      const probability = softmax(props.logits, props.temperature)[props.index];
      if (probability === undefined) {
        throw new RangeError(
          `MetricValue softmax: index ${String(props.index)} is not an entry of logits (0 to ${props.logits.length - 1})`,
        );
      }
      return probability;
    }
  }
}

/**
 * A metric or formula (src/lib/metrics.ts, src/lib/formulas.ts) computed while the page is built, so worked examples in the text
 * cannot drift from the formulas. Invalid inputs fail the build (the library throws).
 */
export default function MetricValue(props: MetricValueProps): ReactNode {
  const value = compute(props);
  if (value === null) {
    return (
      <span className="metric-value">
        {translate({ id: 'metricValue.undefined', message: '无定义（分母为 0）' })}
      </span>
    );
  }
  return (
    <span className="metric-value">
      {formatMetric(value, { digits: props.digits, percent: props.format === 'percent' })}
    </span>
  );
}
