import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import {
  classificationMetrics,
  falsePositiveRate,
  formatMetric,
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
  }
}

/**
 * A metric computed with the site's metrics library while the page is built, so worked examples in the text
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
