import { describe, expect, it } from 'vitest';

import { embedSnippet, formatLink, htmlLink, linkFormats } from '../linkFormats';

const recall = { title: '召回率（Recall）', url: 'https://kb.example/glossary/recall' };
const awkward = { title: 'F1 [macro] | "mean" <b>&', url: 'https://kb.example/glossary/f1-score' };

describe('formatLink', () => {
  it('writes a titled link in each markup', () => {
    expect(linkFormats.map((format) => formatLink(format, recall))).toEqual([
      '[召回率（Recall）](https://kb.example/glossary/recall)',
      '[https://kb.example/glossary/recall 召回率（Recall）]',
      '[召回率（Recall）|https://kb.example/glossary/recall]',
      '<a href="https://kb.example/glossary/recall">召回率（Recall）</a>',
    ]);
  });

  it("escapes what each markup would read as syntax, so the title stays one link's text", () => {
    expect(formatLink('markdown', awkward)).toBe(
      '[F1 \\[macro\\] | "mean" <b>&](https://kb.example/glossary/f1-score)',
    );
    expect(formatLink('mediawiki', awkward)).toBe(
      '[https://kb.example/glossary/f1-score F1 [macro&#93; | "mean" <b>&]',
    );
    expect(formatLink('confluence', awkward)).toBe(
      '[F1 \\[macro\\] \\| "mean" <b>&|https://kb.example/glossary/f1-score]',
    );
    expect(htmlLink(awkward)).toBe(
      '<a href="https://kb.example/glossary/f1-score">F1 [macro] | &#34;mean&#34; &#60;b&#62;&#38;</a>',
    );
  });
});

describe('embedSnippet', () => {
  it('frames the card with a title, the full width and a height that fits it, without a border', () => {
    expect(embedSnippet({ title: '召回率（Recall）', url: 'https://kb.example/embed/glossary/recall' })).toBe(
      '<iframe src="https://kb.example/embed/glossary/recall" title="召回率（Recall）" width="100%" height="240" style="border: 0; max-width: 800px" loading="lazy"></iframe>',
    );
  });

  it('escapes the title and the address, so neither can end the attribute', () => {
    expect(embedSnippet({ ...awkward, url: 'https://kb.example/embed/glossary/f1?a=1&b="2"' })).toBe(
      '<iframe src="https://kb.example/embed/glossary/f1?a=1&#38;b=&#34;2&#34;" title="F1 [macro] | &#34;mean&#34; &#60;b&#62;&#38;" width="100%" height="240" style="border: 0; max-width: 800px" loading="lazy"></iframe>',
    );
  });
});
