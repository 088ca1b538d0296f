import { describe, expect, it } from 'vitest';

import {
  maxPastedRows,
  maxRankedItems,
  parseCount,
  parseCounts,
  parsePairs,
  parseRelevanceLists,
} from '../metricInput';

describe('parseCount', () => {
  it.each([
    ['40', { ok: true, value: 40 }],
    [' 1,000 ', { ok: true, value: 1000 }],
    ['４０', { ok: true, value: 40 }],
    ['0', { ok: true, value: 0 }],
    ['', { ok: false, problem: 'empty' }],
    ['   ', { ok: false, problem: 'empty' }],
    ['-3', { ok: false, problem: 'negative' }],
    ['2.5', { ok: false, problem: 'not-a-whole-number' }],
    ['abc', { ok: false, problem: 'not-a-whole-number' }],
    ['1e3', { ok: false, problem: 'not-a-whole-number' }],
    ['<script>', { ok: false, problem: 'not-a-whole-number' }],
    ['99999999999', { ok: false, problem: 'too-large' }],
  ])('%j', (text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });
});

describe('parsePairs', () => {
  it.each([
    [
      '3,2.5\n-0.5,0\n2,2\n7,8',
      [
        [3, 2.5],
        [-0.5, 0],
        [2, 2],
        [7, 8],
      ],
    ],
    [
      'actual\tpredicted\n3\t2.5\n\n7\t8\n',
      [
        [3, 2.5],
        [7, 8],
      ],
    ],
    [
      '1 2\r\n3   4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '1; 2\n1e3; -2E-2',
      [
        [1, 2],
        [1000, -0.02],
      ],
    ],
    ['１，２', [[1, 2]]],
  ])('reads %j', (text, pairs) => {
    expect(parsePairs(text)).toEqual({ ok: true, value: pairs });
  });

  it.each([
    ['', { ok: false, problem: 'empty' }],
    ['actual,predicted', { ok: false, problem: 'empty' }],
    ['1,2\n3', { ok: false, problem: 'not-two-numbers', line: 2 }],
    ['1,2\n3,4,5', { ok: false, problem: 'not-two-numbers', line: 2 }],
    ['1,2\nthree,4', { ok: false, problem: 'not-two-numbers', line: 2 }],
    ['The model did well last quarter, and we expect more.', { ok: false, problem: 'empty' }],
    ['1,2\nThe model did well last quarter.', { ok: false, problem: 'not-two-numbers', line: 2 }],
    ['1,Infinity', { ok: false, problem: 'not-two-numbers', line: 1 }],
  ])('refuses %j', (text, expected) => {
    expect(parsePairs(text)).toEqual(expected);
  });

  it('refuses more rows than it can chart, quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${i},${i + 1}`).join('\n');
    expect(parsePairs(text)).toEqual({ ok: false, problem: 'too-many-rows', line: maxPastedRows + 1 });
  });
});

describe('parseRelevanceLists', () => {
  it.each([
    ['3, 0, 2, 0, 1', [[3, 0, 2, 0, 1]]],
    [
      '3 0 2\n1\t0;0',
      [
        [3, 0, 2],
        [1, 0, 0],
      ],
    ],
    ['3\n0\n2\n', [[3, 0, 2]]],
    ['３，０、2.5', [[3, 0, 2.5]]],
    [
      '1,,0,\n\n0 1',
      [
        [1, 0],
        [0, 1],
      ],
    ],
    ['7', [[7]]],
  ])('reads %j', (text, lists) => {
    expect(parseRelevanceLists(text)).toEqual({ ok: true, value: lists });
  });

  it.each([
    ['', { ok: false, problem: 'empty' }],
    [' \n ', { ok: false, problem: 'empty' }],
    ['1, 2, x', { ok: false, problem: 'not-a-number', line: 1, item: 3 }],
    ['1 0\n0 -1', { ok: false, problem: 'negative', line: 2, item: 2 }],
    ['1\n0\nhigh', { ok: false, problem: 'not-a-number', line: 3, item: 1 }],
    ['1e999', { ok: false, problem: 'not-a-number', line: 1, item: 1 }],
    [
      Array.from({ length: maxRankedItems + 1 }, () => '1').join(','),
      { ok: false, problem: 'too-many-items' },
    ],
  ])('refuses %j', (text, expected) => {
    expect(parseRelevanceLists(text)).toEqual(expected);
  });
});

describe('parseCounts', () => {
  it.each([
    ['4', { ok: true, value: [4] }],
    ['4, 0、12', { ok: true, value: [4, 0, 12] }],
    ['', { ok: false, problem: 'empty' }],
    ['4, 2.5', { ok: false, problem: 'not-a-whole-number', item: 2 }],
    ['-1', { ok: false, problem: 'negative', item: 1 }],
  ])('%j', (text, expected) => {
    expect(parseCounts(text)).toEqual(expected);
  });
});
