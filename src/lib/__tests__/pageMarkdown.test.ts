import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { markdownUrl } from '../markdownUrl';
import { htmlToMarkdown, markdownPage } from '../pageMarkdown';

/** HTML as the build wrote it (the admonition follows theme-classic's markup: the site has none yet). */
const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '__fixtures__', 'pageMarkdown', `${name}.html`), 'utf8');

const origin = 'https://ai-pm-handbook.example.com';

describe('htmlToMarkdown', () => {
  it('writes KaTeX formulas as their TeX source, inline and display, never the rendered glyphs', () => {
    expect(htmlToMarkdown(fixture('formula'), `${origin}/glossary/recall`)).toMatchInlineSnapshot(`
      "## 公式

      $$
      \\text{Recall} = \\frac{TP}{TP + FN}
      $$

      -   $TP$：真实为正类且被判为正类的样本数（拦下的垃圾邮件）。
      -   $FN$：真实为正类却被判为负类的样本数（漏网的垃圾邮件）。
      -   $TP + FN$：所有真实正类的数量，与阈值无关；scikit-learn 对应函数为 \`recall_score\`。

      **算例**：$TP = 40$，$FN = 20$，召回率 $= 40 / (40 + 20) = 40 / 60 \\approx 0.667$。对应的漏检率为 $20 / 60 \\approx 0.333$，恰好等于 $1 - \\text{Recall}$。"
    `);
  });

  it('keeps a <Term> link, absolute, and drops its tooltip', () => {
    expect(htmlToMarkdown(fixture('term-link'), `${origin}/glossary/recall`)).toMatchInlineSnapshot(
      `"召回率（又称查全率）是所有真实正类样本中被模型正确判为正类的比例。医学检验里把它叫作敏感度（sensitivity），它也是 [ROC 曲线](https://ai-pm-handbook.example.com/glossary/roc-curve)纵轴上的真正例率 TPR。"`,
    );
  });

  it('writes a table as a GFM table', () => {
    expect(htmlToMarkdown(fixture('table'), `${origin}/metrics/classification`)).toMatchInlineSnapshot(`
      "| 真实 \\\\ 预测 | 判为垃圾 | 判为正常 |
      | --- | --- | --- |
      | 真是垃圾 | TP = 40 | FN = 20 |
      | 真是正常 | FP = 10 | TN = 930 |"
    `);
  });

  it('fences a highlighted code block with its language, one line per Prism line', () => {
    expect(htmlToMarkdown(fixture('code-block'), `${origin}/link-and-embed`)).toMatchInlineSnapshot(`
      "\`\`\`sql
      INSERT INTO interwiki (iw_prefix, iw_url, iw_api, iw_wikiid, iw_local, iw_trans)
      VALUES ('aipm', 'https://你的站点/glossary/$1', '', '', 0, 0);
      \`\`\`"
    `);
  });

  it('writes an admonition as a blockquote headed by its title, without its icon', () => {
    expect(htmlToMarkdown(fixture('admonition'), `${origin}/glossary/recall`)).toMatchInlineSnapshot(`
      "> **提示**
      >
      > 先问团队：漏掉一个正类的代价是什么？
      >
      > -   欺诈
      > -   病灶"
    `);
  });

  it("leaves out the glossary's filter box, its label and its live count", () => {
    expect(htmlToMarkdown(fixture('glossary-filter'), `${origin}/glossary`)).toMatchInlineSnapshot(`
      "在下面的框里输入中文名、英文名、缩写或别名，列表会随输入缩小。

      ## 学习范式与应用领域

      -   [超参数](https://ai-pm-handbook.example.com/glossary/hyperparameter) Hyperparameter
          
          训练前设定、不从数据中学出来的设置，如学习率、树的数量和深度、正则化强度；它决定模型怎样学，而不是学到什么。"
    `);
  });

  describe('a whole built page (the English recall term page)', () => {
    const markdown = htmlToMarkdown(fixture('en-glossary-recall.main'), `${origin}/en/glossary/recall`);

    it('starts with the definition: no breadcrumbs, no H1, no mobile TOC', () => {
      expect(markdown.split('\n')[0]).toMatch(/^Recall is the fraction of truly positive examples/);
    });

    it('keeps the headings at their level, without their # anchor links', () => {
      expect(markdown.match(/^#+ .*$/gm)).toEqual([
        '## Intuition',
        '## For product managers',
        '### Questions to ask the team',
        '### Common pitfalls',
        '### When it matters',
        '## Formula',
        '## Related terms',
        '## Sources',
      ]);
    });

    it('leaves out the copy buttons, tooltips, the TOC, the last update and the pagination', () => {
      for (const text of [
        'Copy link',
        'Copy Markdown link',
        'MediaWiki',
        'Last updated',
        'Previous',
        'Next',
      ]) {
        expect(markdown).not.toContain(text);
      }
      expect(markdown).not.toMatch(/<span|katex-html|\]\(#|\u200b/);
      // The TOC repeats the headings as links to their anchors.
      expect(markdown).not.toContain('/en/glossary/recall#intuition');
    });

    it('lists the related terms with their summaries and makes every link absolute', () => {
      expect(markdown).toMatch(
        /^- {3}\[Precision \(精确率\)\]\(https:\/\/ai-pm-handbook\.example\.com\/en\/glossary\/precision\) — \S/m,
      );
      const links = [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]);
      expect(links.length).toBeGreaterThan(5);
      expect(links.filter((link) => !/^https:\/\//.test(link ?? ''))).toEqual([]);
    });
  });

  it('refuses HTML without docs content, naming the page', () => {
    expect(() => htmlToMarkdown('<main><p>Home</p></main>', `${origin}/`)).toThrowErrorMatchingInlineSnapshot(
      `[Error: the HTML of https://ai-pm-handbook.example.com/ has no .theme-doc-markdown element: is it a docs page?]`,
    );
  });

  it('refuses a KaTeX formula without its TeX annotation rather than write the glyphs', () => {
    const html =
      '<div class="theme-doc-markdown"><p><span class="katex"><span class="katex-html">TP</span></span></p></div>';
    expect(() => htmlToMarkdown(html, `${origin}/x`)).toThrow(
      /has no <annotation encoding="application\/x-tex">/,
    );
  });
});

describe('markdownPage', () => {
  it('opens with the title as H1 and the line naming the page it comes from', () => {
    expect(
      markdownPage(
        { title: '召回率（Recall）', url: `${origin}/glossary/recall`, sourceLine: '来源：{url}' },
        'Body.',
      ),
    ).toBe('# 召回率（Recall）\n\n来源：https://ai-pm-handbook.example.com/glossary/recall\n\nBody.\n');
  });
});

describe('markdownUrl', () => {
  it.each([
    ['/glossary/recall', '/glossary/recall.md'],
    ['/en/metrics/classification', '/en/metrics/classification.md'],
    ['/', '/index.md'],
    ['/en/', '/en/index.md'],
  ])('%s → %s', (page, expected) => {
    expect(markdownUrl(page)).toBe(expected);
  });
});
