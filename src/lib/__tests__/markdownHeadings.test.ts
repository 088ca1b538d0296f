import { describe, expect, it } from 'vitest';

import { findHeadingProblems, findHeadings } from '../markdownHeadings';

describe('findHeadings', () => {
  it('reads depth, text and explicit id, skipping front matter and code fences', () => {
    const source = [
      '---',
      'title: 召回率',
      '# not a heading: inside front matter',
      '---',
      '# 召回率',
      '## 直观理解 {#intuition}',
      '```md',
      '## inside a code block',
      '```',
      '~~~~',
      '## inside a tilde fence ``` still open',
      '~~~~',
      '### Questions ###',
    ].join('\n');
    expect(findHeadings(source)).toEqual([
      { line: 5, depth: 1, text: '召回率', id: null },
      { line: 6, depth: 2, text: '直观理解', id: 'intuition' },
      { line: 13, depth: 3, text: 'Questions', id: null },
    ]);
  });

  it('reads an explicit id as Docusaurus does: anything up to the closing brace, trimmed', () => {
    expect(findHeadings('## Recall {# recall at k }\n## Empty {#}')).toEqual([
      { line: 1, depth: 2, text: 'Recall', id: 'recall at k' },
      { line: 2, depth: 2, text: 'Empty {#}', id: null },
    ]);
  });

  it('ignores lines that only look like headings', () => {
    expect(findHeadings('#hashtag\n    ## indented code\n')).toEqual([]);
  });
});

describe('findHeadingProblems', () => {
  it.each([
    { source: '## 召回率 {#recall}', problems: 0 },
    { source: '## Recall {#recall-at-k-2}', problems: 0 },
    { source: '# Page title needs no id', problems: 0 },
  ])('accepts $source', ({ source, problems }) => {
    expect(findHeadingProblems(source)).toHaveLength(problems);
  });

  it('explains each kind of problem with its line', () => {
    const source = [
      '## 召回率',
      '## 精确率 {#精确率}',
      '## Precision {#Precision}',
      '## F1 {#f1}',
      '### F1 again {#f1}',
      '##### Too deep {#too-deep}',
    ].join('\n');
    expect(findHeadingProblems(source)).toMatchInlineSnapshot(`
      [
        {
          "line": 1,
          "reason": "has no explicit id; add one such as {#what-it-means} (lowercase ASCII kebab-case)",
          "text": "召回率",
        },
        {
          "line": 2,
          "reason": "has the id "精确率", which is not lowercase ASCII kebab-case",
          "text": "精确率",
        },
        {
          "line": 3,
          "reason": "has the id "Precision", which is not lowercase ASCII kebab-case",
          "text": "Precision",
        },
        {
          "line": 5,
          "reason": "repeats the id "f1" already used on line 4",
          "text": "F1 again",
        },
        {
          "line": 6,
          "reason": "is an h5 right after an h3; use h4 or add the missing level",
          "text": "Too deep",
        },
      ]
    `);
  });
});
