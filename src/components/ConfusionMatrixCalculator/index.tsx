import Translate, { translate } from '@docusaurus/Translate';
import { useId, useState, type ReactNode } from 'react';

import Calculator, { calculatorStyles } from '@site/src/components/Calculator';
import { countProblemMessage, metricProblemMessage } from '@site/src/components/Calculator/messages';
import Fraction from '@site/src/components/Fraction';
import { parseCount } from '@site/src/lib/metricInput';
import { classificationMetrics, formatMetric, type ConfusionCounts } from '@site/src/lib/metrics';

import styles from './styles.module.css';

/** Props of {@link ConfusionMatrixCalculator}: the counts it starts with. */
export interface ConfusionMatrixCalculatorProps {
  readonly tp?: number;
  readonly fp?: number;
  readonly fn?: number;
  readonly tn?: number;
}

type Cell = keyof ConfusionCounts;

function cellLabel(cell: Cell): string {
  switch (cell) {
    case 'tp':
      return translate({ id: 'confusionCalculator.tp', message: 'TP 真正例：实际为正，预测为正' });
    case 'fn':
      return translate({ id: 'confusionCalculator.fn', message: 'FN 假负例：实际为正，预测为负' });
    case 'fp':
      return translate({ id: 'confusionCalculator.fp', message: 'FP 假正例：实际为负，预测为正' });
    case 'tn':
      return translate({ id: 'confusionCalculator.tn', message: 'TN 真负例：实际为负，预测为负' });
  }
}

interface MetricRow {
  readonly name: string;
  readonly formula: ReactNode;
  readonly numerator: (c: ConfusionCounts) => string;
  readonly denominator: (c: ConfusionCounts) => string;
  readonly value: number | null;
  readonly undefinedWhen: string;
}

/**
 * Four whole-number inputs (TP, FP, FN, TN) and the five classification metrics they give, each beside its
 * formula with the reader's numbers in it. Nonsense input gets a message next to the field and keeps what was
 * typed; the results never show NaN.
 */
export default function ConfusionMatrixCalculator({
  tp = 40,
  fp = 10,
  fn = 20,
  tn = 930,
}: ConfusionMatrixCalculatorProps): ReactNode {
  const id = useId();
  const [text, setText] = useState<Record<Cell, string>>({
    tp: String(tp),
    fp: String(fp),
    fn: String(fn),
    tn: String(tn),
  });
  const parsed = {
    tp: parseCount(text.tp),
    fp: parseCount(text.fp),
    fn: parseCount(text.fn),
    tn: parseCount(text.tn),
  };
  const counts =
    parsed.tp.ok && parsed.fp.ok && parsed.fn.ok && parsed.tn.ok
      ? { tp: parsed.tp.value, fp: parsed.fp.value, fn: parsed.fn.value, tn: parsed.tn.value }
      : null;
  const allZero = counts !== null && counts.tp + counts.fp + counts.fn + counts.tn === 0;
  const metrics = counts && !allZero ? classificationMetrics(counts) : null;

  const field = (cell: Cell) => {
    const result = parsed[cell];
    const errorId = `${id}-${cell}-error`;
    return (
      <td className={styles.cell}>
        <label htmlFor={`${id}-${cell}`} className={styles.cellLabel}>
          {cellLabel(cell)}
        </label>
        <input
          id={`${id}-${cell}`}
          className={calculatorStyles.numberInput}
          inputMode="numeric"
          autoComplete="off"
          value={text[cell]}
          aria-invalid={!result.ok}
          aria-describedby={result.ok ? undefined : errorId}
          onChange={(event) => setText((current) => ({ ...current, [cell]: event.target.value }))}
        />
        {!result.ok && (
          <span id={errorId} className={calculatorStyles.error} role="alert">
            {countProblemMessage(result.problem)}
          </span>
        )}
      </td>
    );
  };

  const rows: MetricRow[] = metrics
    ? [
        {
          name: translate({ id: 'confusionCalculator.accuracy', message: '准确率 Accuracy' }),
          formula: <Fraction numerator="TP + TN" denominator="TP + FP + FN + TN" />,
          numerator: (c) => `${c.tp} + ${c.tn}`,
          denominator: (c) => `${c.tp} + ${c.fp} + ${c.fn} + ${c.tn}`,
          value: metrics.accuracy,
          undefinedWhen: '',
        },
        {
          name: translate({ id: 'confusionCalculator.precision', message: '精确率 Precision' }),
          formula: <Fraction numerator="TP" denominator="TP + FP" />,
          numerator: (c) => `${c.tp}`,
          denominator: (c) => `${c.tp} + ${c.fp}`,
          value: metrics.precision,
          undefinedWhen: translate({
            id: 'confusionCalculator.precision.undefined',
            message: '无定义：模型没有把任何样本判为正（TP + FP = 0）。',
          }),
        },
        {
          name: translate({ id: 'confusionCalculator.recall', message: '召回率 Recall' }),
          formula: <Fraction numerator="TP" denominator="TP + FN" />,
          numerator: (c) => `${c.tp}`,
          denominator: (c) => `${c.tp} + ${c.fn}`,
          value: metrics.recall,
          undefinedWhen: translate({
            id: 'confusionCalculator.recall.undefined',
            message: '无定义：数据里没有实际为正的样本（TP + FN = 0）。',
          }),
        },
        {
          name: translate({ id: 'confusionCalculator.specificity', message: '特异度 Specificity' }),
          formula: <Fraction numerator="TN" denominator="TN + FP" />,
          numerator: (c) => `${c.tn}`,
          denominator: (c) => `${c.tn} + ${c.fp}`,
          value: metrics.specificity,
          undefinedWhen: translate({
            id: 'confusionCalculator.specificity.undefined',
            message: '无定义：数据里没有实际为负的样本（TN + FP = 0）。',
          }),
        },
        {
          name: translate({ id: 'confusionCalculator.f1', message: 'F1 分数 F1 score' }),
          formula: <Fraction numerator="2TP" denominator="2TP + FP + FN" />,
          numerator: (c) => `2 × ${c.tp}`,
          denominator: (c) => `2 × ${c.tp} + ${c.fp} + ${c.fn}`,
          value: metrics.f1,
          undefinedWhen: translate({
            id: 'confusionCalculator.f1.undefined',
            message: '无定义：既没有实际为正的样本，也没有被判为正的样本（2TP + FP + FN = 0）。',
          }),
        },
      ]
    : [];

  return (
    <Calculator title={<Translate id="confusionCalculator.title">混淆矩阵计算器</Translate>}>
      <table className={styles.matrix}>
        <caption className={styles.caption}>
          <Translate id="confusionCalculator.caption">在四个格子里填入样本个数（整数）</Translate>
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">
              <Translate id="confusionCalculator.predictedPositive">预测为正</Translate>
            </th>
            <th scope="col">
              <Translate id="confusionCalculator.predictedNegative">预测为负</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Translate id="confusionCalculator.actualPositive">实际为正</Translate>
            </th>
            {field('tp')}
            {field('fn')}
          </tr>
          <tr>
            <th scope="row">
              <Translate id="confusionCalculator.actualNegative">实际为负</Translate>
            </th>
            {field('fp')}
            {field('tn')}
          </tr>
        </tbody>
      </table>
      <div aria-live="polite">
        {allZero && <p className={calculatorStyles.error}>{metricProblemMessage('all-zero')}</p>}
        {counts === null && (
          <p className={calculatorStyles.pending}>
            <Translate id="confusionCalculator.fixInputs">先改正上面标出的格子，结果会随即更新。</Translate>
          </p>
        )}
        {metrics && counts && (
          <table className={styles.results}>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="confusionCalculator.metric">指标</Translate>
                </th>
                <th scope="col">
                  <Translate id="confusionCalculator.formula">公式（代入你的数字）</Translate>
                </th>
                <th scope="col">
                  <Translate id="confusionCalculator.value">结果</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td className={styles.formula}>
                    {row.formula} ={' '}
                    <Fraction numerator={row.numerator(counts)} denominator={row.denominator(counts)} />
                  </td>
                  <td className={calculatorStyles.resultValue}>
                    {row.value === null ? (
                      <span className={styles.undefined}>{row.undefinedWhen}</span>
                    ) : (
                      <output>{formatMetric(row.value)}</output>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Calculator>
  );
}
