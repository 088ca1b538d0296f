import { translate } from '@docusaurus/Translate';

import type { CountProblem, RelevanceProblem } from '@site/src/lib/metricInput';
import { maxCount, maxRankedItems } from '@site/src/lib/metricInput';
import { maxExponentialGrade, maxGrade } from '@site/src/lib/ranking';

/** What the reader should paste instead, for relevance grades the ranking calculator refused. */
export function relevanceProblemMessage(problem: RelevanceProblem, line?: number, item?: number): string {
  const where = { line: String(line ?? '?'), item: String(item ?? '?') };
  switch (problem) {
    case 'empty':
      return translate({
        id: 'rankingCalculator.relevance.empty',
        message: '请按排序顺序填入每个条目的相关度，例如 3, 0, 2, 0, 1（0 表示不相关）。',
      });
    case 'too-many-items':
      return translate(
        { id: 'rankingCalculator.relevance.tooMany', message: '条目太多：最多 {max} 个。请先抽样再粘贴。' },
        { max: maxRankedItems.toLocaleString() },
      );
    case 'not-a-number':
      return translate(
        {
          id: 'rankingCalculator.relevance.notNumber',
          message: '第 {line} 行第 {item} 个值不是数字。相关度应是 0 或更大的数，例如 0、1、2、3。',
        },
        where,
      );
    case 'negative':
      return translate(
        {
          id: 'rankingCalculator.relevance.negative',
          message: '第 {line} 行第 {item} 个值是负数。相关度不能为负：不相关的条目填 0。',
        },
        where,
      );
  }
}

/** Grades the library accepts but the chosen gain cannot turn into a finite number. */
export function gradeTooLargeMessage(): string {
  return translate(
    {
      id: 'rankingCalculator.relevance.tooLarge',
      message: '有相关度太大：线性增益最多支持 {linear}，指数增益 2^rel − 1 最多支持 {exponential}。',
    },
    { linear: maxGrade.toLocaleString(), exponential: String(maxExponentialGrade) },
  );
}

/** What the reader should type for k instead. */
export function kProblemMessage(problem: CountProblem | 'zero'): string {
  switch (problem) {
    case 'empty':
      return translate({
        id: 'rankingCalculator.k.empty',
        message: '请填 k：只看前几个结果，例如 5 或 10。',
      });
    case 'zero':
    case 'negative':
      return translate({ id: 'rankingCalculator.k.tooSmall', message: 'k 至少是 1。' });
    case 'not-a-whole-number':
      return translate({ id: 'rankingCalculator.k.notWhole', message: 'k 必须是整数，例如 5。' });
    case 'too-large':
      return translate(
        { id: 'rankingCalculator.k.tooLarge', message: 'k 太大了：最多 {max}。' },
        { max: maxCount.toLocaleString() },
      );
  }
}

/** Why the optional totals of relevant items were refused. */
export type TotalsProblem =
  | { readonly kind: CountProblem; readonly item?: number }
  | { readonly kind: 'count-mismatch'; readonly given: number; readonly lists: number }
  | { readonly kind: 'too-small'; readonly query: number; readonly inList: number };

/** What the reader should type in the totals field instead. */
export function totalsProblemMessage(problem: TotalsProblem): string {
  switch (problem.kind) {
    case 'count-mismatch':
      return translate(
        {
          id: 'rankingCalculator.totals.mismatch',
          message: '填了 {given} 个总数，但有 {lists} 个查询：每个查询填一个数，或者留空。',
        },
        { given: String(problem.given), lists: String(problem.lists) },
      );
    case 'too-small':
      return translate(
        {
          id: 'rankingCalculator.totals.tooSmall',
          message: '第 {query} 个查询的列表里已有 {inList} 个相关条目，总数不能比这更少。',
        },
        { query: String(problem.query), inList: String(problem.inList) },
      );
    case 'empty':
      return '';
    case 'too-large':
      return translate(
        { id: 'rankingCalculator.totals.tooLarge', message: '第 {item} 个总数太大了：最多 {max}。' },
        { item: String(problem.item ?? '?'), max: maxCount.toLocaleString() },
      );
    case 'negative':
    case 'not-a-whole-number':
      return translate(
        {
          id: 'rankingCalculator.totals.notWhole',
          message: '第 {item} 个总数不是 0 或更大的整数。这里填相关条目的个数，例如 4。',
        },
        { item: String(problem.item ?? '?') },
      );
  }
}
