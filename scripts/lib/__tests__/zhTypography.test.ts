import { describe, expect, it } from 'vitest';

import { findTypographyProblems, maskMdxForZhlint } from '../zhTypography.mjs';

const messages = (text: string) =>
  findTypographyProblems(text).map(({ line, column, message }) => ({ line, column, message }));

describe('findTypographyProblems', () => {
  it.each([
    // What the review of issue 14 found.
    {
      name: 'a space between Chinese text and a Chinese link',
      text: '需要推断的 <Term id="latent-needs">潜在需求</Term> 相对。',
    },
    {
      name: 'half-width parentheses in Chinese text',
      text: '<Term id="mse">均方误差 (MSE)</Term>会放大较大的误差。',
    },
    // The site's other conventions.
    { name: 'no space between Chinese and Latin text', text: '用AUC衡量。' },
    { name: 'no space between Chinese text and a Latin link', text: '模型的<Term id="auc">AUC</Term>很高。' },
    { name: 'a half-width comma in Chinese text', text: '模型很好,上线吧。' },
    { name: 'a space after full-width punctuation', text: '模型很好， 上线吧。' },
  ])('reports $name', ({ text }) => {
    expect(findTypographyProblems(text).length).toBeGreaterThan(0);
  });

  it.each([
    {
      name: 'a Chinese link without spaces',
      text: '需要推断的<Term id="latent-needs">潜在需求</Term>相对。',
    },
    { name: 'full-width parentheses', text: '<Term id="mse">均方误差（MSE）</Term>会放大较大的误差。' },
    { name: 'a Latin link with spaces', text: '模型的 <Term id="auc">AUC</Term> 很高。' },
    {
      name: 'inline math and a computed value',
      text: '准确率 $\\frac{40}{50} =$ <MetricValue metric="accuracy" tp={40} fp={10} fn={0} tn={0} />。',
    },
    { name: 'numbers as data', text: '真实值 [3, −0.5, 2, 7]，点 (0, 0.5)。' },
    { name: 'bold ending in full-width punctuation', text: '- **先定义“解决”。** 解决率要写清口径。' },
    { name: 'a heading with an id and a number', text: '### 1. 数据收集 {#data-collection}' },
    { name: 'a dash joining Chinese words and a unit squared', text: '精确率–召回率曲线，单位是万元²。' },
    {
      name: 'an English reference title',
      text: "## 参考资料 {#sources}\n\n- Nielsen, J.（2001）：First Rule of Usability? Don't Listen to Users，RecSys '16，《品質》14(2)，[链接](https://example.com/)",
    },
    {
      name: 'front matter, imports and code',
      text: "---\ntitle: a(b)\n---\n\nimport X from 'x';\n\n```\n中文,中文\n```\n\n$$\nf(x)\n$$",
    },
  ])('passes $name', ({ text }) => {
    expect(messages(text)).toEqual([]);
  });

  it('reports the line and column of the page as written, after masked text', () => {
    const page =
      '---\ntitle: 标题\n---\n\n公式 $x^2$ 之后，有一处 <Term id="recall">召回率</Term> 多了空格。';
    expect(messages(page)).toMatchInlineSnapshot(`
      [
        {
          "column": 16,
          "line": 5,
          "message": "此处全角内容之间不需要空格",
        },
        {
          "column": 45,
          "line": 5,
          "message": "此处全角内容之间不需要空格",
        },
      ]
    `);
  });

  it('keeps the line count, so lines map one to one', () => {
    const page = '---\na: 1\n---\n\n```\ncode\n```\n\n正文';
    const { prose, references } = maskMdxForZhlint(page);
    expect(prose).toHaveLength(page.split('\n').length);
    expect(references).toHaveLength(page.split('\n').length);
    expect(prose.at(-1)?.text).toBe('正文');
  });
});
