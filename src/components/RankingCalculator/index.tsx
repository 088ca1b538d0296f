import Translate, { translate } from '@docusaurus/Translate';
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';

import Calculator, { calculatorStyles } from '@site/src/components/Calculator';
import Fraction from '@site/src/components/Fraction';
import { parseCount, parseCounts, parseRelevanceLists } from '@site/src/lib/metricInput';
import { formatMetric, MetricInputError } from '@site/src/lib/metrics';
import {
  dcgContributions,
  gainOf,
  meanRankingMetrics,
  rankingBreakdown,
  type Gain,
  type MeanRankingMetrics,
  type RankedList,
  type RankingBreakdown,
} from '@site/src/lib/ranking';

import {
  gradeTooLargeMessage,
  kProblemMessage,
  relevanceProblemMessage,
  totalsProblemMessage,
  type TotalsProblem,
} from './messages';
import styles from './styles.module.css';

/** Props of {@link RankingCalculator}: the ranked lists, k and gain it starts with. */
export interface RankingCalculatorProps {
  /** One list per query: relevance grades in the order the system ranked the items. */
  readonly lists?: readonly (readonly number[])[];
  readonly k?: number;
  readonly gain?: Gain;
}

/** The chart draws at most this many places: beyond them bars are too thin to read. */
const maxChartedPlaces = 20;
/** Formulas spell out this many terms of a sum, then "…". */
const shownTerms = 5;

const short = (value: number): string => Number(value.toPrecision(4)).toString();

const sumOfTerms = (terms: readonly string[]): string =>
  terms.length > shownTerms ? `${terms.slice(0, shownTerms).join(' + ')} + …` : terms.join(' + ') || '0';

interface Computed {
  readonly lists: readonly RankedList[];
  readonly k: number;
  readonly means: MeanRankingMetrics;
  /** The numbers behind the formulas, when there is one query. */
  readonly breakdown: RankingBreakdown | null;
  readonly chart: { actual: number[]; ideal: number[] };
}

type Outcome =
  | { readonly ok: true; readonly result: Computed }
  | {
      readonly ok: false;
      readonly relevanceError?: string;
      readonly kError?: string;
      readonly totalsError?: string;
    };

function compute(text: string, kText: string, gain: Gain, totalsText: string): Outcome {
  const parsed = parseRelevanceLists(text);
  const kParsed = parseCount(kText);
  const kError = !kParsed.ok
    ? kProblemMessage(kParsed.problem)
    : kParsed.value === 0
      ? kProblemMessage('zero')
      : undefined;
  let totalsProblem: TotalsProblem | undefined;
  let totals: readonly number[] | undefined;
  if (totalsText.trim() !== '') {
    const totalsParsed = parseCounts(totalsText);
    if (!totalsParsed.ok) totalsProblem = { kind: totalsParsed.problem, item: totalsParsed.item };
    else totals = totalsParsed.value;
  }
  if (parsed.ok && totals) {
    if (totals.length !== parsed.value.length) {
      totalsProblem = { kind: 'count-mismatch', given: totals.length, lists: parsed.value.length };
    } else {
      const index = parsed.value.findIndex(
        (list, i) => (totals?.[i] ?? 0) < list.filter((value) => value > 0).length,
      );
      if (index !== -1) {
        const inList = parsed.value[index]?.filter((value) => value > 0).length ?? 0;
        totalsProblem = { kind: 'too-small', query: index + 1, inList };
      }
    }
  }
  const relevanceError = parsed.ok
    ? undefined
    : relevanceProblemMessage(parsed.problem, parsed.line, parsed.item);
  const totalsError = totalsProblem ? totalsProblemMessage(totalsProblem) : undefined;
  if (!parsed.ok || !kParsed.ok || kError || totalsError) {
    return { ok: false, relevanceError, kError, totalsError };
  }
  const k = kParsed.value;
  const lists = parsed.value.map((relevance, i) => ({ relevance, totalRelevant: totals?.[i] }));
  try {
    const [first] = lists;
    return {
      ok: true,
      result: {
        lists,
        k,
        means: meanRankingMetrics(lists, k, gain),
        breakdown: lists.length === 1 && first ? rankingBreakdown(first, k, gain) : null,
        chart: dcgContributions(first?.relevance ?? [], Math.min(k, maxChartedPlaces), gain),
      },
    };
  } catch (error) {
    if (error instanceof MetricInputError && error.problem === 'too-large') {
      return { ok: false, relevanceError: gradeTooLargeMessage() };
    }
    throw error;
  }
}

const chartWidth = 360;
const chartHeight = 200;
const pad = { left: 44, right: 8, top: 10, bottom: 34 };

/** Each place's DCG contribution as ranked (filled bars) beside the ideal order's (outlined bars). */
function ContributionChart({
  actual,
  ideal,
  titleId,
}: {
  actual: readonly number[];
  ideal: readonly number[];
  titleId: string;
}): ReactNode {
  const top = Math.max(...ideal, ...actual) || 1;
  const plotWidth = chartWidth - pad.left - pad.right;
  const plotHeight = chartHeight - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(actual.length, 1);
  const bar = Math.max(1, slot * 0.38);
  const y = (value: number) => pad.top + plotHeight - (value / top) * plotHeight;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${chartWidth} ${chartHeight}`}
      role="img"
      aria-labelledby={titleId}
    >
      <line x1={pad.left} x2={chartWidth - pad.right} y1={y(0)} y2={y(0)} className={styles.axis} />
      <line x1={pad.left} x2={pad.left} y1={pad.top} y2={y(0)} className={styles.axis} />
      {actual.map((value, index) => {
        const x = pad.left + index * slot + slot * 0.1;
        const best = ideal[index] ?? 0;
        return (
          <g key={index}>
            <rect x={x} y={y(value)} width={bar} height={y(0) - y(value)} className={styles.actual} />
            <rect x={x + bar} y={y(best)} width={bar} height={y(0) - y(best)} className={styles.ideal} />
            {(actual.length <= 10 || index % 2 === 0) && (
              <text x={x + bar} y={chartHeight - 20} textAnchor="middle" className={styles.tick}>
                {index + 1}
              </text>
            )}
          </g>
        );
      })}
      <text x={pad.left - 4} y={pad.top + 8} textAnchor="end" className={styles.tick}>
        {short(top)}
      </text>
      <text x={pad.left - 4} y={y(0)} textAnchor="end" className={styles.tick}>
        0
      </text>
      <text x={pad.left + plotWidth / 2} y={chartHeight - 4} textAnchor="middle" className={styles.tick}>
        {translate({ id: 'rankingCalculator.chart.axis', message: '名次' })}
      </text>
    </svg>
  );
}

/**
 * A text area for ranked lists of relevance grades (one query per line), k and the gain; shows precision@k,
 * recall@k, hit rate, MRR, MAP, DCG and NDCG beside their formulas with the reader's numbers, and a chart of
 * each place's DCG contribution against the ideal order. Bad input gets a message beside its field and keeps
 * the text; the results never show NaN.
 */
export default function RankingCalculator({
  lists = [[3, 0, 2, 0, 0, 1, 0, 0, 0, 0]],
  k = 5,
  gain: initialGain = 'linear',
}: RankingCalculatorProps): ReactNode {
  const id = useId();
  const [text, setText] = useState(() => lists.map((list) => list.join(', ')).join('\n'));
  const [kText, setKText] = useState(String(k));
  const [gain, setGain] = useState<Gain>(initialGain);
  const [totalsText, setTotalsText] = useState('');
  // A paste of thousands of grades is parsed once typing pauses, so the text area never stutters.
  const deferredText = useDeferredValue(text);
  const outcome = useMemo(
    () => compute(deferredText, kText, gain, totalsText),
    [deferredText, kText, gain, totalsText],
  );

  const field = {
    relevance: { id: `${id}-relevance`, error: outcome.ok ? undefined : outcome.relevanceError },
    k: { id: `${id}-k`, error: outcome.ok ? undefined : outcome.kError },
    totals: { id: `${id}-totals`, error: outcome.ok ? undefined : outcome.totalsError },
  };
  const errorNote = (name: keyof typeof field) => {
    const { id: fieldId, error } = field[name];
    return error ? (
      <span id={`${fieldId}-error`} className={calculatorStyles.error} role="alert">
        {error}
      </span>
    ) : null;
  };
  const described = (name: keyof typeof field, hint?: string) =>
    [field[name].error ? `${field[name].id}-error` : undefined, hint].filter(Boolean).join(' ') || undefined;

  return (
    <Calculator title={<Translate id="rankingCalculator.title">排序指标计算器</Translate>}>
      <label htmlFor={field.relevance.id} className={calculatorStyles.label}>
        <Translate id="rankingCalculator.relevance.label">
          每行一个查询：按系统排出的顺序，填每个条目的相关度（0 表示不相关）
        </Translate>
      </label>
      <p id={`${id}-relevance-hint`} className={styles.hint}>
        <Translate id="rankingCalculator.relevance.hint">
          用逗号、空格或顿号分开；从表格粘贴一整列也可以，会当作一个查询。
        </Translate>
      </p>
      <textarea
        id={field.relevance.id}
        className={calculatorStyles.textarea}
        rows={4}
        value={text}
        spellCheck={false}
        aria-invalid={Boolean(field.relevance.error)}
        aria-describedby={described('relevance', `${id}-relevance-hint`)}
        onChange={(event) => setText(event.target.value)}
      />
      {errorNote('relevance')}
      <div className={styles.options}>
        <div>
          <label htmlFor={field.k.id} className={calculatorStyles.label}>
            <Translate id="rankingCalculator.k.label">k：只看前几个结果</Translate>
          </label>
          <input
            id={field.k.id}
            className={calculatorStyles.numberInput}
            inputMode="numeric"
            autoComplete="off"
            value={kText}
            aria-invalid={Boolean(field.k.error)}
            aria-describedby={described('k')}
            onChange={(event) => setKText(event.target.value)}
          />
          {errorNote('k')}
        </div>
        <fieldset className={styles.gain}>
          <legend className={calculatorStyles.label}>
            <Translate id="rankingCalculator.gain.legend">DCG 的增益</Translate>
          </legend>
          {(['linear', 'exponential'] as const).map((option) => (
            <label key={option} className={styles.radio}>
              <input
                type="radio"
                name={`${id}-gain`}
                value={option}
                checked={gain === option}
                onChange={() => setGain(option)}
              />{' '}
              {option === 'linear'
                ? translate({ id: 'rankingCalculator.gain.linear', message: '线性：rel（同 scikit-learn）' })
                : translate({ id: 'rankingCalculator.gain.exponential', message: '指数：2^rel − 1' })}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={field.totals.id} className={calculatorStyles.label}>
            <Translate id="rankingCalculator.totals.label">相关条目总数（可选）</Translate>
          </label>
          <input
            id={field.totals.id}
            className={calculatorStyles.numberInput}
            inputMode="numeric"
            autoComplete="off"
            value={totalsText}
            aria-invalid={Boolean(field.totals.error)}
            aria-describedby={described('totals', `${id}-totals-hint`)}
            onChange={(event) => setTotalsText(event.target.value)}
          />
          <span id={`${id}-totals-hint`} className={styles.hint}>
            <Translate id="rankingCalculator.totals.hint">
              整个候选库里与该查询相关的条目数，用于召回率和
              AP；留空则只数列表里的。多个查询用逗号分开，一个查询一个数。
            </Translate>
          </span>
          {errorNote('totals')}
        </div>
      </div>
      <div aria-live="polite">
        {!outcome.ok && (
          <p className={calculatorStyles.pending}>
            <Translate id="rankingCalculator.fixInputs">先改正上面标出的输入，结果会随即更新。</Translate>
          </p>
        )}
        {outcome.ok && <Results result={outcome.result} gain={gain} chartTitleId={`${id}-chart-title`} />}
      </div>
    </Calculator>
  );
}

interface Row {
  readonly name: string;
  readonly formula: ReactNode;
  readonly withNumbers?: ReactNode;
  readonly value: number | null;
  readonly skipped?: number;
}

function Results({
  result,
  gain,
  chartTitleId,
}: {
  result: Computed;
  gain: Gain;
  chartTitleId: string;
}): ReactNode {
  const { lists, k, means, breakdown: b, chart } = result;
  const relevantInTopK = translate({ id: 'rankingCalculator.term.hits', message: '前 k 个中的相关条目数' });
  const totalRelevant = translate({ id: 'rankingCalculator.term.total', message: '相关条目总数' });
  const gainTerm = gain === 'linear' ? 'relᵢ' : '2^relᵢ − 1';
  const rows: Row[] = [
    {
      name: translate({ id: 'rankingCalculator.precision', message: '精确率 Precision@k' }),
      formula: <Fraction numerator={relevantInTopK} denominator="k" />,
      withNumbers: b && <Fraction numerator={b.hits} denominator={k} />,
      value: means.precision,
    },
    {
      name: translate({ id: 'rankingCalculator.recall', message: '召回率 Recall@k' }),
      formula: <Fraction numerator={relevantInTopK} denominator={totalRelevant} />,
      withNumbers: b && b.totalRelevant > 0 && <Fraction numerator={b.hits} denominator={b.totalRelevant} />,
      value: means.recall,
      skipped: means.skipped.recall,
    },
    {
      name: translate({ id: 'rankingCalculator.hitRate', message: '命中率 Hit rate@k' }),
      formula: translate({
        id: 'rankingCalculator.hitRate.formula',
        message: '前 k 个中至少有一个相关条目记 1，否则记 0',
      }),
      withNumbers: b && `[${b.hits} > 0]`,
      value: means.hitRate,
    },
    {
      name: translate({ id: 'rankingCalculator.mrr', message: '倒数排名 RR@k（多个查询取平均即 MRR）' }),
      formula: (
        <Fraction
          numerator="1"
          denominator={translate({ id: 'rankingCalculator.term.firstRank', message: '第一个相关条目的名次' })}
        />
      ),
      withNumbers:
        b &&
        (b.firstRelevantRank === null ? '0' : <Fraction numerator="1" denominator={b.firstRelevantRank} />),
      value: means.mrr,
    },
    {
      name: translate({ id: 'rankingCalculator.map', message: '平均精确率 AP@k（多个查询取平均即 MAP）' }),
      formula: (
        <Fraction
          numerator={translate({
            id: 'rankingCalculator.term.apSum',
            message: '每个相关条目所在名次 i 的 Precision@i 之和',
          })}
          denominator={`min(k, ${totalRelevant})`}
        />
      ),
      withNumbers: b && b.totalRelevant > 0 && (
        <Fraction
          numerator={sumOfTerms(b.precisionTerms.map(([hits, rank]) => `${hits}/${rank}`))}
          denominator={`min(${k}, ${b.totalRelevant})`}
        />
      ),
      value: means.map,
      skipped: means.skipped.map,
    },
    ...(b
      ? [
          {
            name: translate({ id: 'rankingCalculator.dcg', message: '折损累计增益 DCG@k' }),
            formula: `Σ (${gainTerm}) / log₂(i + 1)`,
            withNumbers: sumOfTerms(
              chart.actual.map((_, i) => `${short(gainOf(lists[0]?.relevance[i] ?? 0, gain))}/log₂${i + 2}`),
            ),
            value: b.dcg,
          },
        ]
      : []),
    {
      name: translate({ id: 'rankingCalculator.ndcg', message: '归一化折损累计增益 NDCG@k' }),
      formula: <Fraction numerator="DCG@k" denominator="IDCG@k" />,
      withNumbers: b && b.idealDcg > 0 && (
        <Fraction numerator={formatMetric(b.dcg)} denominator={formatMetric(b.idealDcg)} />
      ),
      value: means.ndcg,
      skipped: means.skipped.ndcg,
    },
  ];
  const undefinedText = translate({
    id: 'rankingCalculator.undefined',
    message: '无定义：没有任何相关条目。',
  });
  return (
    <>
      {lists.length > 1 && (
        <p className={styles.summary}>
          {translate(
            {
              id: 'rankingCalculator.queries',
              message: '{count} 个查询：下表是各查询的平均值，无定义的查询不计入平均。',
            },
            { count: String(lists.length) },
          )}
        </p>
      )}
      <div className={styles.tableWrap}>
        <table className={styles.results}>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="rankingCalculator.metric">指标</Translate>
              </th>
              <th scope="col">
                <Translate id="rankingCalculator.value">结果</Translate>
              </th>
              <th scope="col">
                <Translate id="rankingCalculator.formula">公式（代入你的数字）</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td className={calculatorStyles.resultValue}>
                  {row.value === null ? (
                    <span className={styles.undefined}>{undefinedText}</span>
                  ) : (
                    <output>{formatMetric(row.value)}</output>
                  )}
                  {row.skipped ? (
                    <span className={styles.skipped}>
                      {translate(
                        { id: 'rankingCalculator.skipped', message: '（{count} 个查询无定义，未计入）' },
                        { count: String(row.skipped) },
                      )}
                    </span>
                  ) : null}
                </td>
                <td className={styles.formula}>
                  {row.formula}
                  {row.withNumbers ? <> = {row.withNumbers}</> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className={styles.figure}>
        <figcaption id={chartTitleId} className={styles.caption}>
          {translate(
            {
              id: 'rankingCalculator.chart.title',
              message:
                '第 1 个查询前 {places} 位对 DCG 的贡献：实心柱为系统的排序，空心柱为按相关度排好的理想顺序。',
            },
            { places: String(chart.actual.length) },
          )}
        </figcaption>
        <ContributionChart actual={chart.actual} ideal={chart.ideal} titleId={chartTitleId} />
        <details className={styles.data}>
          <summary>
            <Translate id="rankingCalculator.chart.data">图中的数字</Translate>
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{translate({ id: 'rankingCalculator.chart.axis', message: '名次' })}</th>
                <th scope="col">
                  <Translate id="rankingCalculator.chart.actual">系统排序的贡献</Translate>
                </th>
                <th scope="col">
                  <Translate id="rankingCalculator.chart.ideal">理想顺序的贡献</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {chart.actual.map((value, index) => (
                <tr key={index}>
                  <td>{index + 1}</td>
                  <td>{formatMetric(value)}</td>
                  <td>{formatMetric(chart.ideal[index] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </>
  );
}
