import { translate } from '@docusaurus/Translate';

import type { CountProblem, PairsProblem } from '@site/src/lib/metricInput';
import { maxCount, maxPastedRows } from '@site/src/lib/metricInput';
import type { MetricInputProblem } from '@site/src/lib/metrics';

/** What the reader should type instead, for a count the confusion-matrix calculator refused. */
export function countProblemMessage(problem: CountProblem): string {
  switch (problem) {
    case 'empty':
      return translate({ id: 'calculator.count.empty', message: '请输入一个整数，例如 0 或 40。' });
    case 'negative':
      return translate({ id: 'calculator.count.negative', message: '个数不能为负，请输入 0 或更大的整数。' });
    case 'not-a-whole-number':
      return translate({ id: 'calculator.count.notWhole', message: '这里只能填整数（样本个数），例如 40。' });
    case 'too-large':
      return translate(
        { id: 'calculator.count.tooLarge', message: '个数太大了：最多 {max}。' },
        { max: maxCount.toLocaleString() },
      );
  }
}

/** What the reader should paste instead, for pairs a calculator refused. */
export function pairsProblemMessage(problem: PairsProblem, line?: number): string {
  switch (problem) {
    case 'empty':
      return translate({
        id: 'calculator.pairs.empty',
        message: '请粘贴成对的数字：每行两个数，用逗号、制表符或空格分开。',
      });
    case 'too-many-rows':
      return translate(
        { id: 'calculator.pairs.tooMany', message: '行数太多：最多 {max} 行。请先抽样再粘贴。' },
        { max: maxPastedRows.toLocaleString() },
      );
    case 'not-two-numbers':
      return translate(
        {
          id: 'calculator.pairs.notTwoNumbers',
          message: '第 {line} 行不是两个数字。每行应只有两个数，例如 3, 2.5。',
        },
        { line: String(line ?? '?') },
      );
  }
}

/** What is wrong with label/score or value pairs that parsed as numbers but do not fit the metric. */
export function metricProblemMessage(problem: MetricInputProblem, where?: string | number): string {
  const row = typeof where === 'number' ? String(where + 1) : '?';
  switch (problem) {
    case 'not-a-label':
      return translate(
        { id: 'calculator.metric.notLabel', message: '第 {row} 行的标签必须是 0（负类）或 1（正类）。' },
        { row },
      );
    case 'one-class':
      return translate({
        id: 'calculator.metric.oneClass',
        message: 'ROC 曲线需要至少一个正类（1）和一个负类（0）样本，目前只有一类。',
      });
    case 'all-zero':
      return translate({
        id: 'calculator.metric.allZero',
        message: '四个格子不能都是 0：至少要有一个样本。',
      });
    default:
      return translate({ id: 'calculator.metric.other', message: '这些数字无法计算这个指标，请检查输入。' });
  }
}
