import { describe, expect, it } from 'vitest';

import { embedPageHtml, type EmbedPageData } from '../embedPages';

const recall: EmbedPageData = {
  lang: 'zh-Hans',
  title: '召回率（Recall）',
  siteTitle: 'AI 产品经理知识库',
  titleDelimiter: '|',
  name: '召回率',
  otherName: 'Recall',
  otherLang: 'en',
  abbr: 'TPR',
  summary: '真正为正的样本中，被模型找出来的比例。',
  category: '模型评估',
  url: 'https://kb.example/glossary/recall',
  termPath: '/glossary/recall',
  homePath: '/',
  stylesheet: '/embed/card.css',
  logo: '/img/logo.svg',
  labels: { glossary: '术语表', readMore: '阅读完整词条' },
};

describe('embedPageHtml', () => {
  it('is a whole page in the term’s language, canonical to the term page, kept out of search indexes', () => {
    const html = embedPageHtml(recall);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-Hans"><head><meta charSet="utf-8"\/>/);
    for (const tag of [
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
      '<meta name="robots" content="noindex"/>',
      '<title>召回率（Recall） | AI 产品经理知识库</title>',
      '<link rel="canonical" href="https://kb.example/glossary/recall"/>',
      '<link rel="stylesheet" href="/embed/card.css"/>',
      '<p class="card-kicker">术语表 · 模型评估</p>',
      '<h1 class="card-name">召回率</h1>',
      '<span lang="en">Recall</span><span aria-hidden="true"> · </span><span class="card-abbr">TPR</span>',
      '<p class="card-summary">真正为正的样本中，被模型找出来的比例。</p>',
      '<a class="card-more" href="/glossary/recall" target="_blank" rel="noopener">阅读完整词条</a>',
      '<a class="card-site" href="/" target="_blank" rel="noopener"><img src="/img/logo.svg" alt=""',
    ]) {
      expect(html).toContain(tag);
    }
  });

  it('has no script and no inline style (the Content-Security-Policy allows neither), and no logo when there is none', () => {
    const html = embedPageHtml({ ...recall, abbr: undefined, logo: null });
    expect(html).not.toMatch(/<script|<style|style=/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('card-abbr');
    expect(html).toContain('<p class="card-names"><span lang="en">Recall</span></p>');
  });

  it('writes each locale’s labels, not the default locale’s', () => {
    const html = embedPageHtml({
      ...recall,
      lang: 'en',
      name: 'Recall',
      otherName: '召回率',
      otherLang: 'zh-Hans',
      category: 'Model evaluation',
      labels: { glossary: 'Glossary', readMore: 'Read the full entry' },
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<p class="card-kicker">Glossary · Model evaluation</p>');
    expect(html).toContain('>Read the full entry</a>');
    expect(html).toContain('<span lang="zh-Hans">召回率</span>');
    expect(html).not.toMatch(/术语表|阅读完整词条/);
  });

  it('escapes what HTML would read as markup, in text and in attributes', () => {
    const html = embedPageHtml({
      ...recall,
      name: 'F1 <macro>',
      summary: 'A & B "quoted" </p><script>alert(1)</script>',
      url: 'https://kb.example/glossary/x"><script>',
    });
    expect(html).toContain('<h1 class="card-name">F1 &lt;macro&gt;</h1>');
    expect(html).toContain('A &amp; B &quot;quoted&quot; &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://kb.example/glossary/x&quot;&gt;&lt;script&gt;"');
    expect(html).not.toMatch(/<script/i);
  });
});
