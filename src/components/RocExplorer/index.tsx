import Translate, { translate } from '@docusaurus/Translate';
import { useId, useState, type ReactNode } from 'react';

import Calculator, { calculatorStyles } from '@site/src/components/Calculator';
import { metricProblemMessage, pairsProblemMessage } from '@site/src/components/Calculator/messages';
import { parsePairs } from '@site/src/lib/metricInput';
import { rocPresets } from '@site/src/lib/rocPresets';
import {
  classificationMetrics,
  confusionAtThreshold,
  formatMetric,
  MetricInputError,
  rocAuc,
  rocCurve,
  type RocPoint,
} from '@site/src/lib/metrics';

import styles from './styles.module.css';

type PresetName = keyof typeof rocPresets;

const presetText = (name: PresetName) =>
  rocPresets[name].map(([label, score]) => `${label}, ${score}`).join('\n');

function presetLabel(name: PresetName): string {
  switch (name) {
    case 'good':
      return translate({ id: 'rocExplorer.preset.good', message: '区分得好的模型' });
    case 'weak':
      return translate({ id: 'rocExplorer.preset.weak', message: '区分得差的模型' });
    case 'random':
      return translate({ id: 'rocExplorer.preset.random', message: '随机猜测' });
  }
}

/** Chart geometry, in SVG user units. */
const size = 320;
const pad = 44;
const plot = size - pad - 12;
const x = (fpr: number) => pad + fpr * plot;
const y = (tpr: number) => 12 + (1 - tpr) * plot;

type Analysis =
  | { ok: true; labels: number[]; scores: number[]; points: RocPoint[]; auc: number }
  | { ok: false; message: string };

function analyse(text: string): Analysis {
  const parsed = parsePairs(text);
  if (!parsed.ok) return { ok: false, message: pairsProblemMessage(parsed.problem, parsed.line) };
  const labels = parsed.value.map(([label]) => label);
  const scores = parsed.value.map(([, score]) => score);
  try {
    return { ok: true, labels, scores, points: rocCurve(labels, scores), auc: rocAuc(labels, scores) };
  } catch (error) {
    if (error instanceof MetricInputError)
      return { ok: false, message: metricProblemMessage(error.problem, error.where) };
    throw error;
  }
}

const formatThreshold = (threshold: number) =>
  Number.isFinite(threshold)
    ? String(threshold)
    : translate({ id: 'rocExplorer.threshold.infinite', message: '+∞（不判任何样本为正）' });

/**
 * Presets and editable label/score pairs; draws the ROC curve against the diagonal with its AUC, and a threshold
 * slider moves a marker along the curve while the confusion matrix, precision and recall at that threshold
 * update. The points are also given as a table.
 */
export default function RocExplorer(): ReactNode {
  const id = useId();
  const [text, setText] = useState(presetText('good'));
  const [index, setIndex] = useState(2);
  const [showTable, setShowTable] = useState(false);
  const analysis = analyse(text);
  const points = analysis.ok ? analysis.points : [];
  const selected = points[Math.min(index, points.length - 1)] ?? points[0];
  const counts =
    analysis.ok && selected
      ? confusionAtThreshold(analysis.labels, analysis.scores, selected.threshold)
      : null;
  const metrics = counts ? classificationMetrics(counts) : null;
  const show = (value: number | null | undefined) =>
    value === null || value === undefined
      ? translate({ id: 'rocExplorer.undefined', message: '无定义' })
      : formatMetric(value);

  return (
    <Calculator title={<Translate id="rocExplorer.title">ROC 曲线探索器</Translate>}>
      <div
        className={styles.presets}
        role="group"
        aria-label={translate({ id: 'rocExplorer.presets', message: '示例数据' })}
      >
        {(Object.keys(rocPresets) as PresetName[]).map((name) => (
          <button
            key={name}
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              setText(presetText(name));
              setIndex(2);
            }}
          >
            {presetLabel(name)}
          </button>
        ))}
      </div>
      <div className={styles.layout}>
        <div className={styles.inputs}>
          <label htmlFor={`${id}-pairs`} className={calculatorStyles.label}>
            <Translate id="rocExplorer.pairs.label">每行一个样本：标签（1 为正，0 为负）, 分数</Translate>
          </label>
          <textarea
            id={`${id}-pairs`}
            className={calculatorStyles.textarea}
            rows={10}
            value={text}
            spellCheck={false}
            aria-invalid={!analysis.ok}
            aria-describedby={analysis.ok ? undefined : `${id}-error`}
            onChange={(event) => setText(event.target.value)}
          />
          {!analysis.ok && (
            <p id={`${id}-error`} className={calculatorStyles.error} role="alert">
              {analysis.message}
            </p>
          )}
        </div>
        {analysis.ok && selected && counts && metrics && (
          <div className={styles.chartColumn}>
            <svg
              className={styles.chart}
              viewBox={`0 0 ${size} ${size}`}
              role="img"
              aria-labelledby={`${id}-chart-title`}
            >
              <title id={`${id}-chart-title`}>
                {translate(
                  {
                    id: 'rocExplorer.chart.title',
                    message: 'ROC 曲线，AUC = {auc}；标记点：FPR {fpr}，TPR {tpr}',
                  },
                  {
                    auc: formatMetric(analysis.auc),
                    fpr: formatMetric(selected.fpr),
                    tpr: formatMetric(selected.tpr),
                  },
                )}
              </title>
              <rect x={pad} y={12} width={plot} height={plot} className={styles.frame} />
              {[0.25, 0.5, 0.75].map((tick) => (
                <g key={tick} className={styles.grid}>
                  <line x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(1)} />
                  <line x1={x(0)} x2={x(1)} y1={y(tick)} y2={y(tick)} />
                </g>
              ))}
              <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className={styles.diagonal} />
              <polyline
                className={styles.curve}
                points={points.map((point) => `${x(point.fpr)},${y(point.tpr)}`).join(' ')}
              />
              <circle cx={x(selected.fpr)} cy={y(selected.tpr)} r={7} className={styles.marker} />
              {[0, 0.5, 1].map((tick) => (
                <g key={tick} className={styles.tickLabels}>
                  <text x={x(tick)} y={size - 18} textAnchor="middle">
                    {tick}
                  </text>
                  <text x={pad - 8} y={y(tick) + 4} textAnchor="end">
                    {tick}
                  </text>
                </g>
              ))}
              <text x={pad + plot / 2} y={size - 2} textAnchor="middle" className={styles.axisLabel}>
                {translate({ id: 'rocExplorer.axis.fpr', message: '假正例率 FPR' })}
              </text>
              <text
                x={12}
                y={12 + plot / 2}
                textAnchor="middle"
                transform={`rotate(-90 12 ${12 + plot / 2})`}
                className={styles.axisLabel}
              >
                {translate({ id: 'rocExplorer.axis.tpr', message: '真正例率 TPR（召回率）' })}
              </text>
            </svg>
            <p className={styles.auc}>
              AUC = <output>{formatMetric(analysis.auc)}</output>
            </p>
          </div>
        )}
      </div>
      {analysis.ok && selected && counts && metrics && (
        <>
          <label htmlFor={`${id}-threshold`} className={calculatorStyles.label}>
            <Translate
              id="rocExplorer.threshold.label"
              values={{ threshold: formatThreshold(selected.threshold) }}
            >
              {'阈值：{threshold}（分数 ≥ 阈值判为正）'}
            </Translate>
          </label>
          <input
            id={`${id}-threshold`}
            className={styles.slider}
            type="range"
            min={0}
            max={points.length - 1}
            step={1}
            value={Math.min(index, points.length - 1)}
            aria-valuetext={formatThreshold(selected.threshold)}
            onChange={(event) => setIndex(Number(event.target.value))}
          />
          <div className={styles.atThreshold} aria-live="polite">
            <table className={styles.counts}>
              <caption>
                <Translate id="rocExplorer.matrix.caption">这个阈值下的混淆矩阵</Translate>
              </caption>
              <tbody>
                <tr>
                  <th scope="row">TP</th>
                  <td>{counts.tp}</td>
                  <th scope="row">FN</th>
                  <td>{counts.fn}</td>
                </tr>
                <tr>
                  <th scope="row">FP</th>
                  <td>{counts.fp}</td>
                  <th scope="row">TN</th>
                  <td>{counts.tn}</td>
                </tr>
              </tbody>
            </table>
            <dl className={styles.rates}>
              <dt>
                <Translate id="rocExplorer.precision">精确率</Translate>
              </dt>
              <dd>{show(metrics.precision)}</dd>
              <dt>
                <Translate id="rocExplorer.recall">召回率（TPR）</Translate>
              </dt>
              <dd>{show(metrics.recall)}</dd>
              <dt>
                <Translate id="rocExplorer.fpr">假正例率（FPR）</Translate>
              </dt>
              <dd>{formatMetric(selected.fpr)}</dd>
            </dl>
          </div>
          <details className={styles.details} onToggle={(event) => setShowTable(event.currentTarget.open)}>
            <summary>
              <Translate id="rocExplorer.table.summary" values={{ count: points.length }}>
                {'曲线上的 {count} 个点（表格）'}
              </Translate>
            </summary>
            {showTable && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">
                      <Translate id="rocExplorer.table.threshold">阈值</Translate>
                    </th>
                    <th scope="col">FPR</th>
                    <th scope="col">TPR</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.threshold}>
                      <td>{formatThreshold(point.threshold)}</td>
                      <td>{formatMetric(point.fpr)}</td>
                      <td>{formatMetric(point.tpr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        </>
      )}
    </Calculator>
  );
}
