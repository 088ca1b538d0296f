import Translate, { translate } from '@docusaurus/Translate';
import { useId, useState, type ReactNode } from 'react';

import Calculator, { calculatorStyles } from '@site/src/components/Calculator';
import { pairsProblemMessage } from '@site/src/components/Calculator/messages';
import { parsePairs } from '@site/src/lib/metricInput';
import { formatMetric, regressionMetrics, type RegressionMetrics } from '@site/src/lib/metrics';

import styles from './styles.module.css';

/** Props of {@link RegressionCalculator}: the actual/predicted pairs it starts with. */
export interface RegressionCalculatorProps {
  readonly actual?: readonly number[];
  readonly predicted?: readonly number[];
}

const width = 360;
const height = 220;
const pad = { left: 56, right: 12, top: 12, bottom: 36 };

/** A residual plot: predicted value against residual (actual − predicted), with the zero line. */
function ResidualPlot({ pairs, title }: { pairs: readonly [number, number][]; title: string }): ReactNode {
  const predicted = pairs.map(([, p]) => p);
  const residuals = pairs.map(([a, p]) => a - p);
  // A tenth of margin on every side, so no dot sits on the frame.
  const [lowX, highX] = [Math.min(...predicted), Math.max(...predicted)];
  const marginX = (highX - lowX || 1) / 10;
  const [minX, maxX] = [lowX - marginX, highX + marginX];
  const spanX = maxX - minX;
  const limitY = (Math.max(...residuals.map(Math.abs)) || 1) * 1.1;
  const sx = (v: number) => pad.left + ((v - minX) / spanX) * (width - pad.left - pad.right);
  const sy = (v: number) => pad.top + ((limitY - v) / (2 * limitY)) * (height - pad.top - pad.bottom);
  const format = (v: number) => Number(v.toPrecision(3)).toString();
  // Thousands of dots add nothing a few hundred do not show; keep the SVG light.
  const step = Math.max(1, Math.ceil(pairs.length / 2000));
  return (
    <svg className={styles.plot} viewBox={`0 0 ${width} ${height}`} role="img">
      <title>{title}</title>
      <rect
        x={pad.left}
        y={pad.top}
        width={width - pad.left - pad.right}
        height={height - pad.top - pad.bottom}
        className={styles.frame}
      />
      <line x1={pad.left} x2={width - pad.right} y1={sy(0)} y2={sy(0)} className={styles.zero} />
      {pairs.map(([actual, prediction], index) =>
        index % step === 0 ? (
          <circle key={index} cx={sx(prediction)} cy={sy(actual - prediction)} r={4} className={styles.dot} />
        ) : null,
      )}
      <g className={styles.ticks}>
        <text x={pad.left} y={height - 20} textAnchor="start">
          {format(minX)}
        </text>
        <text x={width - pad.right} y={height - 20} textAnchor="end">
          {format(maxX)}
        </text>
        <text x={pad.left - 6} y={sy(limitY) + 10} textAnchor="end">
          {format(limitY)}
        </text>
        <text x={pad.left - 6} y={sy(0) + 4} textAnchor="end">
          0
        </text>
        <text x={pad.left - 6} y={sy(-limitY)} textAnchor="end">
          {format(-limitY)}
        </text>
        <text x={pad.left + (width - pad.left - pad.right) / 2} y={height - 4} textAnchor="middle">
          {translate({ id: 'regressionCalculator.axis.predicted', message: '预测值' })}
        </text>
        <text x={12} y={sy(0)} textAnchor="middle" transform={`rotate(-90 12 ${sy(0)})`}>
          {translate({ id: 'regressionCalculator.axis.residual', message: '残差' })}
        </text>
      </g>
    </svg>
  );
}

/**
 * A text area for pairs of actual and predicted values (CSV, or two columns pasted from a spreadsheet); shows
 * MSE, RMSE, MAE and R² and a residual plot. Bad input gets a message beside the field and keeps the text.
 */
export default function RegressionCalculator({
  actual = [3, -0.5, 2, 7],
  predicted = [2.5, 0, 2, 8],
}: RegressionCalculatorProps): ReactNode {
  const id = useId();
  const [text, setText] = useState(() =>
    actual.map((value, index) => `${value}, ${predicted[index] ?? ''}`).join('\n'),
  );
  const parsed = parsePairs(text);
  const metrics: RegressionMetrics | null = parsed.ok
    ? regressionMetrics(
        parsed.value.map(([a]) => a),
        parsed.value.map(([, p]) => p),
      )
    : null;

  const rows: [string, number | null][] = metrics
    ? [
        [translate({ id: 'regressionCalculator.mse', message: '均方误差 MSE' }), metrics.mse],
        [translate({ id: 'regressionCalculator.rmse', message: '均方根误差 RMSE' }), metrics.rmse],
        [translate({ id: 'regressionCalculator.mae', message: '平均绝对误差 MAE' }), metrics.mae],
        [translate({ id: 'regressionCalculator.r2', message: '决定系数 R²' }), metrics.r2],
      ]
    : [];

  return (
    <Calculator title={<Translate id="regressionCalculator.title">回归指标计算器</Translate>}>
      <label htmlFor={`${id}-pairs`} className={calculatorStyles.label}>
        <Translate id="regressionCalculator.pairs.label">
          每行一对：真实值, 预测值（可直接粘贴 CSV 或表格里的两列）
        </Translate>
      </label>
      <textarea
        id={`${id}-pairs`}
        className={`${calculatorStyles.textarea} ${styles.pairs}`}
        rows={8}
        value={text}
        spellCheck={false}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : `${id}-error`}
        onChange={(event) => setText(event.target.value)}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className={calculatorStyles.error} role="alert">
          {pairsProblemMessage(parsed.problem, parsed.line)}
        </p>
      )}
      {parsed.ok && metrics && (
        <div className={styles.results} aria-live="polite">
          <dl className={styles.metrics}>
            {rows.map(([name, value]) => (
              <div key={name} className={styles.metric}>
                <dt>{name}</dt>
                <dd>
                  {value === null ? (
                    <span className={styles.undefined}>
                      <Translate id="regressionCalculator.r2.undefined">
                        无定义：所有真实值都相同，没有可解释的波动。
                      </Translate>
                    </span>
                  ) : (
                    <output>{formatMetric(value)}</output>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <ResidualPlot
            pairs={parsed.value}
            title={translate(
              {
                id: 'regressionCalculator.plot.title',
                message: '残差图：横轴为预测值，纵轴为残差（真实值减预测值），共 {count} 个点',
              },
              { count: parsed.value.length },
            )}
          />
          <p className={styles.note}>
            <Translate id="regressionCalculator.plot.note">
              点散布在零线上下、看不出规律，说明误差接近随机；如果呈弧形或漏斗形，模型可能漏掉了某种规律。
            </Translate>
          </p>
        </div>
      )}
    </Calculator>
  );
}
