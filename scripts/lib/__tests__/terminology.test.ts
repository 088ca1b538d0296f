import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { discouragedTerms, findTerminologyProblems } from '../terminology.mjs';

const fixture = (name: string) => readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');
const at = (text: string) =>
  findTerminologyProblems(text).map(({ line, column, word }) => ({ line, column, word }));

describe('findTerminologyProblems', () => {
  it('flags each discouraged word with its line and column, in front matter and prose, not in code', () => {
    expect(at(fixture('terminology-bad.mdx'))).toMatchInlineSnapshot(`
      [
        {
          "column": 12,
          "line": 4,
          "word": "精度",
        },
        {
          "column": 3,
          "line": 7,
          "word": "精度",
        },
        {
          "column": 1,
          "line": 15,
          "word": "增强学习",
        },
      ]
    `);
  });

  it('passes qualified words, quoted mentions, glossary aliases and code', () => {
    expect(findTerminologyProblems(fixture('terminology-good.mdx'))).toEqual([]);
  });

  it.each([
    { line: '选精度高的模型', problems: 1 },
    { line: '降低数值精度', problems: 0 },
    { line: '半精度和混合精度训练', problems: 0 },
    { line: '平均精度均值（MAP）', problems: 0 },
    { line: '精度是个有歧义的词', problems: 1 },
    { line: '“精度”是个有歧义的词', problems: 0 },
    { line: 'the older Chinese term "增强学习"', problems: 0 },
    { line: '“引号”之后的增强学习', problems: 1 },
    { line: '精度和精度', problems: 2 },
  ])('$line: $problems', ({ line, problems }) => {
    expect(findTerminologyProblems(line)).toHaveLength(problems);
  });

  it('says what to write instead', () => {
    const [problem] = findTerminologyProblems('选精度高的模型');
    expect(problem?.use).toContain('准确率');
    expect(problem?.use).toContain('精确率');
    expect(problem?.use).toContain('数值精度');
    expect(discouragedTerms.map((term) => term.word)).toEqual(['精度', '增强学习']);
  });
});
