import { describe, expect, it } from 'vitest';

import type { CategoryLabel, TermIndexItem } from '../componentData';
import { groupByCategory, queryWords, termMatches } from '../termFilter';

const recall: TermIndexItem = {
  id: 'recall',
  to: '/glossary/recall',
  title: 'Recall (召回率)',
  name: 'Recall',
  otherName: '召回率',
  otherLang: 'zh-Hans',
  summary: 'The share of actual positives the model finds.',
  otherSummaries: ['真正为正的样本中被模型找出的比例。'],
  category: 'evaluation',
  abbr: 'TPR',
  aliases: ['查全率', 'sensitivity'],
};
const cnn: TermIndexItem = {
  id: 'cnn',
  to: '/glossary/cnn',
  title: 'Convolutional Neural Network (卷积神经网络)',
  name: 'Convolutional Neural Network',
  otherName: '卷积神经网络',
  otherLang: 'zh-Hans',
  summary: 'A neural network that learns local image patterns with shared filters.',
  otherSummaries: ['用共享卷积核学习局部图像模式的神经网络。'],
  category: 'architectures',
  abbr: 'CNN',
  aliases: [],
};

describe('termMatches', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['recall', true],
    ['RECALL', true],
    ['召回', true],
    ['查全率', true],
    ['tpr', true],
    ['ＴＰＲ', true],
    ['Sensitiv', true],
    ['positives finds', true],
    ['找出', true],
    ['precision', false],
    ['<script>alert(1)</script>', false],
    ['$$', false],
    ['😀'.repeat(500), false],
  ])('%j matches recall: %s', (query, expected) => {
    expect(termMatches(recall, queryWords(query))).toBe(expected);
  });

  it('cuts very long queries instead of failing', () => {
    expect(queryWords('a'.repeat(10_000))[0]).toHaveLength(100);
  });
});

describe('groupByCategory', () => {
  const categories: CategoryLabel[] = [
    { id: 'architectures', label: 'Model architectures' },
    { id: 'data', label: 'Data and features' },
    { id: 'evaluation', label: 'Model evaluation' },
  ];

  it('follows the category order, leaves out empty categories and sorts names within a category', () => {
    const precision = { ...recall, id: 'precision', name: 'Precision' };
    expect(
      groupByCategory([recall, precision, cnn], categories, 'en').map((group) => [
        group.category.id,
        group.items.map((item) => item.id),
      ]),
    ).toEqual([
      ['architectures', ['cnn']],
      ['evaluation', ['precision', 'recall']],
    ]);
  });
});
