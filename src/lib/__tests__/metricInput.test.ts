import { describe, expect, it } from 'vitest';

import { maxPastedRows, parseCount, parsePairs } from '../metricInput';

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
