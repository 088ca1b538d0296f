import { readFileSync } from 'node:fs';
import path from 'node:path';

import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import { evaluate } from '@mdx-js/mdx';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { createGlossary, GlossaryValidationError, type Glossary } from '..';

const fixtures = path.join(__dirname, '__fixtures__');

const threeLocales = {
  defaultLocale: 'zh-Hans',
  locales: ['zh-Hans', 'en', 'fr'],
  localeConfigs: { 'zh-Hans': { htmlLang: 'zh-Hans' }, en: { htmlLang: 'en' }, fr: { htmlLang: 'fr-FR' } },
};
const options = {
  categories: [
    { id: 'data', label: { 'zh-Hans': '数据', en: 'Data', fr: 'Données' } },
    { id: 'evaluation', label: { 'zh-Hans': '模型评估', en: 'Model evaluation', fr: 'Évaluation' } },
  ],
  relatedHeading: { 'zh-Hans': '相关术语', en: 'Related terms', fr: 'Termes liés' },
  embedLabels: {
    'zh-Hans': { glossary: '术语表', readMore: '阅读完整词条' },
    en: { glossary: 'Glossary', readMore: 'Read the full entry' },
    fr: { glossary: 'Glossaire', readMore: "Lire l'article" },
  },
  titleFormats: { 'zh-Hans': '{name}（{otherName}）' },
};

/** Runs an MDX file of a fixture site through the glossary's remark plugin and renders it, props as JSON. */
async function renderPage(glossary: Glossary, siteDir: string, file: string): Promise<string> {
  const filePath = path.join(siteDir, file);
  const { default: Content } = await evaluate(
    // As Docusaurus' MDX loader does: front matter off, `{#id}` of headings escaped.
    {
      value: escapeMarkdownHeadingIds(readFileSync(filePath, 'utf8').replace(/^---[\s\S]*?---\n/, '')),
      path: filePath,
    },
    { ...runtime, remarkPlugins: [glossary.remarkPlugin] },
  );
  const showProps =
    (name: string) =>
    ({ children, ...props }: { children?: ReactNode }) =>
      createElement('span', { 'data-component': name }, JSON.stringify(props), children);
  const html = renderToStaticMarkup(
    createElement(Content, {
      components: {
        Term: showProps('Term'),
        GlossaryIndex: showProps('GlossaryIndex'),
        TermPageHeader: showProps('TermPageHeader'),
        RelatedTerms: showProps('RelatedTerms'),
      },
    }),
  );
  return html.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
}

describe('a glossary with three locales, from the i18n config alone', async () => {
  const siteDir = path.join(fixtures, 'three-locales');
  const glossary = await createGlossary({ siteDir, i18n: threeLocales, options });

  it('loads every locale of every term', () => {
    expect(glossary.terms.map((term) => [term.id, Object.keys(term.locales)])).toEqual([
      ['precision', ['zh-Hans', 'en', 'fr']],
      ['recall', ['zh-Hans', 'en', 'fr']],
    ]);
  });

  it('writes a feed with every locale and a redirect map under every locale, from the ASCII names of all', () => {
    const baseUrls = { 'zh-Hans': '/', en: '/en/', fr: '/fr/' };
    const [feed, map] = glossary.outputFiles('/out', 'https://kb.example/', baseUrls);
    expect(feed?.path).toBe(path.join('/out', 'glossary.json'));
    const recall = JSON.parse(feed?.content ?? '').terms[1];
    expect(recall.name).toEqual({ 'zh-Hans': '召回率', en: 'Recall', fr: 'Rappel' });
    expect(recall.url).toEqual({
      'zh-Hans': 'https://kb.example/glossary/recall',
      en: 'https://kb.example/en/glossary/recall',
      fr: 'https://kb.example/fr/glossary/recall',
    });
    expect(map?.path).toBe(path.join('/out', '.nginx/redirects.map'));
    expect(map?.content.split('\n').filter((line) => line.includes('/recall"'))).toEqual([
      '"/en/glossary/hit-ratio" "/en/glossary/recall";',
      '"/en/glossary/rappel" "/en/glossary/recall";',
      '"/en/glossary/sensitivity" "/en/glossary/recall";',
      '"/en/glossary/taux-de-vrais-positifs" "/en/glossary/recall";',
      '"/en/glossary/tpr" "/en/glossary/recall";',
      '"/en/glossary/true-positive-rate" "/en/glossary/recall";',
      '"/fr/glossary/hit-ratio" "/fr/glossary/recall";',
      '"/fr/glossary/rappel" "/fr/glossary/recall";',
      '"/fr/glossary/sensitivity" "/fr/glossary/recall";',
      '"/fr/glossary/taux-de-vrais-positifs" "/fr/glossary/recall";',
      '"/fr/glossary/tpr" "/fr/glossary/recall";',
      '"/fr/glossary/true-positive-rate" "/fr/glossary/recall";',
      '"/glossary/hit-ratio" "/glossary/recall";',
      '"/glossary/rappel" "/glossary/recall";',
      '"/glossary/sensitivity" "/glossary/recall";',
      '"/glossary/taux-de-vrais-positifs" "/glossary/recall";',
      '"/glossary/tpr" "/glossary/recall";',
      '"/glossary/true-positive-rate" "/glossary/recall";',
    ]);
    expect(glossary.redirects).toContainEqual({ from: '/glossary/rappel', to: '/glossary/recall' });
  });

  it("writes each term's JSON and oEmbed response into a locale's build, with every locale's names and links", () => {
    const baseUrls = { 'zh-Hans': '/', en: '/en/', fr: '/fr/' };
    const files = glossary
      .localeOutputFiles('/out/fr', 'fr', {
        url: 'https://kb.example',
        title: 'Manuel',
        titleDelimiter: '|',
        baseUrls,
        htmlLang: (locale) => (locale === 'fr' ? 'fr-FR' : locale),
        lastModified: (entry) => (entry.locale === 'fr' ? '2026-01-02T03:04:05.000Z' : null),
      })
      .filter((file) => file.path.endsWith('.json'));
    expect(files.map((file) => file.path)).toEqual([
      path.join('/out/fr/glossary', 'precision.json'),
      path.join('/out/fr/glossary', 'precision.oembed.json'),
      path.join('/out/fr/glossary', 'recall.json'),
      path.join('/out/fr/glossary', 'recall.oembed.json'),
    ]);
    const recall = JSON.parse(files[2]?.content ?? '');
    expect(recall).toMatchObject({
      version: 1,
      type: 'glossary-term',
      id: 'recall',
      lang: 'fr-FR',
      title: 'Rappel (召回率)',
      name: 'Rappel',
      names: { 'zh-Hans': '召回率', en: 'Recall', fr: 'Rappel' },
      abbr: 'TPR',
      summary: 'La part des vrais positifs que le modèle retrouve.',
      category: { id: 'evaluation', label: 'Évaluation' },
      related: [
        {
          id: 'precision',
          name: 'Précision',
          url: 'https://kb.example/fr/glossary/precision',
          data: 'https://kb.example/fr/glossary/precision.json',
        },
      ],
      urls: {
        'zh-Hans': 'https://kb.example/glossary/recall',
        en: 'https://kb.example/en/glossary/recall',
        fr: 'https://kb.example/fr/glossary/recall',
      },
      oembed: 'https://kb.example/fr/glossary/recall.oembed.json',
      image: {
        url: 'https://kb.example/fr/og/glossary/recall.png',
        width: 1200,
        height: 630,
        alt: 'Rappel (召回率 · TPR): La part des vrais positifs que le modèle retrouve. (Évaluation, Manuel)',
      },
      lastModified: '2026-01-02T03:04:05.000Z',
    });
    expect(Object.keys(recall.aliases)).toEqual(['zh-Hans', 'en', 'fr']);
    expect(JSON.parse(files[3]?.content ?? '')).toEqual({
      version: '1.0',
      type: 'link',
      title: 'Rappel (召回率)',
      provider_name: 'Manuel',
      provider_url: 'https://kb.example/fr/',
      cache_age: 86400,
      thumbnail_url: 'https://kb.example/fr/og/glossary/recall.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('writes a real page for every alias URL, in the locale, that unfurls as the term and sends the reader on', () => {
    const files = glossary.localeOutputFiles('/out/fr', 'fr', {
      url: 'https://kb.example',
      title: 'Manuel',
      titleDelimiter: '|',
      baseUrls: { 'zh-Hans': '/', en: '/en/', fr: '/fr/' },
      htmlLang: (locale) => (locale === 'fr' ? 'fr-FR' : locale),
      lastModified: () => null,
    });
    const pages = files.filter(
      (file) => file.path.endsWith('.html') && file.path.startsWith(path.join('/out/fr/glossary')),
    );
    expect(pages.map((file) => path.relative('/out/fr', file.path))).toEqual(
      glossary.redirects.map(({ from }) => `${from.slice(1)}.html`),
    );
    const rappel = pages.find((file) => file.path.endsWith(`${path.sep}rappel.html`))?.content ?? '';
    expect(rappel).toMatch(/^<!DOCTYPE html><html lang="fr-FR"><head><meta charSet="utf-8"\/>/);
    for (const tag of [
      '<title>Rappel (召回率) | Manuel</title>',
      '<meta name="description" content="La part des vrais positifs que le modèle retrouve."/>',
      '<link rel="canonical" href="https://kb.example/fr/glossary/recall"/>',
      '<meta property="og:title" content="Rappel (召回率) | Manuel"/>',
      '<meta property="og:locale" content="fr_FR"/>',
      '<meta property="og:locale:alternate" content="zh_CN"/>',
      '<meta property="og:locale:alternate" content="en_US"/>',
      '<meta property="og:image" content="https://kb.example/fr/og/glossary/recall.png"/>',
      '<meta property="og:image:width" content="1200"/>',
      '<meta property="og:image:height" content="630"/>',
      '<meta property="og:image:alt" content="Rappel (召回率 · TPR): La part des vrais positifs que le modèle retrouve. (Évaluation, Manuel)"/>',
      '<meta http-equiv="refresh" content="0; url=/fr/glossary/recall"/>',
      '<a href="/fr/glossary/recall">Rappel (召回率)</a>',
      'window.location.replace("/fr/glossary/recall" + window.location.search + window.location.hash);',
    ]) {
      expect(rappel).toContain(tag);
    }
  });

  it("gives a term page's preview card the term's names, summary, category and file, and no other page", () => {
    expect(glossary.cardContent({ locale: 'fr', pathname: '/fr/glossary/recall' })).toEqual({
      kind: 'term',
      name: 'Rappel',
      otherName: '召回率',
      abbr: 'TPR',
      summary: 'La part des vrais positifs que le modèle retrouve.',
      category: 'Évaluation',
      source: expect.stringMatching(/recall\.mdx$/),
    });
    expect(glossary.cardContent({ locale: 'en', pathname: '/en/glossary/recall' })?.otherName).toBe('召回率');
    expect(glossary.cardContent({ locale: 'fr', pathname: '/fr/glossary' })).toBeUndefined();
    expect(glossary.cardContent({ locale: 'fr', pathname: '/fr/blog/recall' })).toBeUndefined();
    expect(glossary.cardContent({ locale: 'fr', pathname: '/fr/glossary/unknown' })).toBeUndefined();
  });

  it('writes an embeddable card for every term in the locale, with its labels, names and links', () => {
    const files = glossary.localeOutputFiles('/out/fr', 'fr', {
      url: 'https://kb.example',
      title: 'Manuel',
      titleDelimiter: '|',
      logo: 'img/logo.svg',
      baseUrls: { 'zh-Hans': '/', en: '/en/', fr: '/fr/' },
      htmlLang: (locale) => (locale === 'fr' ? 'fr-FR' : locale),
      lastModified: () => null,
    });
    const cards = files.filter((file) => file.path.startsWith(path.join('/out/fr/embed')));
    expect(cards.map((file) => path.relative('/out/fr', file.path))).toEqual([
      path.join('embed', 'glossary', 'precision.html'),
      path.join('embed', 'glossary', 'recall.html'),
    ]);
    const recall = cards[1]?.content ?? '';
    for (const tag of [
      '<html lang="fr-FR">',
      '<title>Rappel (召回率) | Manuel</title>',
      '<link rel="canonical" href="https://kb.example/fr/glossary/recall"/>',
      '<link rel="stylesheet" href="/fr/embed/card.css"/>',
      '<p class="card-kicker">Glossaire · Évaluation</p>',
      '<h1 class="card-name">Rappel</h1>',
      // The other-language name is the default locale's, in its language.
      '<span lang="zh-Hans">召回率</span>',
      '<span class="card-abbr">TPR</span>',
      '<p class="card-summary">La part des vrais positifs que le modèle retrouve.</p>',
      '<a class="card-more" href="/fr/glossary/recall" target="_blank" rel="noopener">Lire l&#x27;article</a>',
      '<img src="/fr/img/logo.svg" alt=""',
    ]) {
      expect(recall).toContain(tag);
    }
    const zh = glossary
      .localeOutputFiles('/out', 'zh-Hans', {
        url: 'https://kb.example',
        title: '手册',
        titleDelimiter: '|',
        baseUrls: { 'zh-Hans': '/', en: '/en/', fr: '/fr/' },
        htmlLang: (locale) => locale,
        lastModified: () => null,
      })
      .find((file) => file.path === path.join('/out/embed/glossary/recall.html'))?.content;
    expect(zh).toContain('<p class="card-kicker">术语表 · 模型评估</p>');
    expect(zh).toContain('<span lang="en">Recall</span>');
    expect(zh).toContain('>阅读完整词条</a>');
    expect(zh).not.toContain('<img');
  });

  it("gives search jieba's dictionary of the Chinese names", () => {
    expect(glossary.jiebaUserDictionary).toBe(
      '召回率 100000 n\n查全率 100000 n\n查准率 100000 n\n精确率 100000 n',
    );
  });

  it.each([
    ['zh-Hans', 'docs', '模型评估'],
    ['en', 'i18n/en/docusaurus-plugin-content-docs/current', 'Model evaluation'],
    ['fr', 'i18n/fr/docusaurus-plugin-content-docs/current', 'Évaluation'],
  ])('lists the terms by category in the %s sidebar', async (_locale, docsDir, label) => {
    const generate = glossary.sidebarItemsGenerator;
    const docs = ['index', 'precision', 'recall'].map((id) => ({
      id: `glossary/${id}`,
      title: id,
      frontMatter: {},
      source: `@site/${docsDir}/glossary/${id}.mdx`,
      sourceDirName: 'glossary',
    }));
    const items = await generate({
      item: { type: 'autogenerated', dirName: 'glossary' },
      docs,
      version: { versionName: 'current', contentPath: 'docs' },
      numberPrefixParser: () => ({ filename: '', numberPrefix: undefined }),
      isCategoryIndex: () => false,
      categoriesMetadata: {},
      defaultSidebarItemsGenerator: async () => [],
    } as unknown as Parameters<typeof generate>[0]);
    expect(items).toEqual([
      {
        type: 'category',
        key: 'glossary-evaluation',
        label,
        collapsed: true,
        items: [
          { type: 'doc', id: 'glossary/precision' },
          { type: 'doc', id: 'glossary/recall' },
        ],
      },
    ]);
  });

  it('gives <Term> its path, other name, its language and summary in each locale', async () => {
    expect(await renderPage(glossary, siteDir, 'docs/themes/workflow.mdx')).toContain(
      '{"id":"recall","to":"/glossary/recall","otherName":"Recall","otherLang":"en","summary":"真正为正的样本中被找出的比例。"}',
    );
    expect(
      await renderPage(
        glossary,
        siteDir,
        'i18n/fr/docusaurus-plugin-content-docs/current/glossary/recall.mdx',
      ),
    ).toContain(
      '{"id":"precision","to":"/glossary/precision","otherName":"精确率","otherLang":"zh-Hans","summary":"La part des prédictions positives qui sont justes."}',
    );
  });

  it('gives a term page its header, abbreviation and related terms as values, in its locale', async () => {
    const html = await renderPage(
      glossary,
      siteDir,
      'i18n/fr/docusaurus-plugin-content-docs/current/glossary/recall.mdx',
    );
    expect(html).toContain('<h1>Rappel (召回率) <abbr title="Rappel" class="term-abbr">TPR</abbr></h1>');
    expect(html).toContain(
      '{"title":"Rappel (召回率)","aliases":["查全率","sensitivity","true positive rate","sensibilité","taux de vrais positifs"],"abbr":"TPR","name":"Rappel","otherName":"召回率","summary":"La part des vrais positifs que le modèle retrouve.","category":"Évaluation","glossaryPath":"/glossary","dataPath":"/glossary/recall.json","oembedPath":"/glossary/recall.oembed.json","embedPath":"/embed/glossary/recall"}',
    );
    expect(html).toMatch(
      /<h2>Termes liés \{#related\}<\/h2>\s*<span data-component="RelatedTerms">\{"terms":\[\{"id":"precision"/,
    );
    expect(html.indexOf('Termes liés')).toBeLessThan(html.indexOf('Sources'));
  });

  it('gives the glossary page the number of terms and the categories in its locale, and its rows apart', async () => {
    const html = await renderPage(glossary, siteDir, 'docs/glossary/index.mdx');
    expect(html).toContain(
      '{"total":2,"categories":[{"id":"data","label":"数据"},{"id":"evaluation","label":"模型评估"}]}',
    );
    // The rows are not in the page's props (its JavaScript): the plugin writes them to a file of their own.
    expect(html).not.toContain('otherSummaries');
    const recall = glossary.indexItems('zh-Hans').find((item) => item.id === 'recall');
    expect(recall).toMatchObject({
      to: '/glossary/recall',
      name: '召回率',
      otherSummaries: [
        'The share of actual positives the model finds.',
        'La part des vrais positifs que le modèle retrouve.',
      ],
    });
  });

  it("turns a term's summary into the page description and its names in every locale into keywords, and leaves other pages alone", async () => {
    const parse = (file: string) =>
      glossary.parseFrontMatter({
        filePath: path.join(siteDir, file),
        fileContent: readFileSync(path.join(siteDir, file), 'utf8'),
        defaultParseFrontMatter: async ({ fileContent }) => ({
          frontMatter: { id: 'recall', summary: 'S', abbr: 'TPR', fileContent },
          content: '',
        }),
      } as Parameters<Glossary['parseFrontMatter']>[0]);
    expect(
      (await parse('i18n/fr/docusaurus-plugin-content-docs/current/glossary/recall.mdx')).frontMatter,
    ).toMatchObject({
      description: 'S',
      keywords: [
        'Rappel',
        '召回率',
        'TPR',
        'sensibilité',
        'taux de vrais positifs',
        'Recall',
        '查全率',
        'sensitivity',
        'true positive rate',
      ],
      hide_title: true,
    });
    expect((await parse('docs/glossary/index.mdx')).frontMatter).not.toHaveProperty('description');
  });
});

describe('createGlossary', () => {
  it('reports every problem of every locale in one error, naming file and field', async () => {
    const error = await createGlossary({
      siteDir: path.join(fixtures, 'invalid-site'),
      i18n: { defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en'] },
      options: {
        categories: [{ id: 'evaluation', label: { 'zh-Hans': '模型评估', en: 'Model evaluation' } }],
        relatedHeading: { 'zh-Hans': '相关术语', en: 'Related terms' },
        embedLabels: {
          'zh-Hans': { glossary: '术语表', readMore: '阅读完整词条' },
          en: { glossary: 'Glossary', readMore: 'Read the full entry' },
        },
        titleFormats: { 'zh-Hans': '{name}（{otherName}）' },
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GlossaryValidationError);
    expect((error as GlossaryValidationError).problems).toMatchInlineSnapshot(`
      [
        "i18n/en/docusaurus-plugin-content-docs/current/glossary/recall.mdx: field "colour" is not allowed; allowed fields: id, title, name, otherName, abbr, aliases, category, summary, related, redirectFrom",
        "docs/glossary/precision.mdx: has no en translation; create i18n/en/docusaurus-plugin-content-docs/current/glossary/precision.mdx",
        "docs/glossary/recall.mdx: field "related" names "precison", which is no glossary entry (did you mean "precision"?)",
      ]
    `);
  });

  it('reports what is wrong with its options', async () => {
    await expect(
      createGlossary({
        siteDir: path.join(fixtures, 'three-locales'),
        i18n: threeLocales,
        options: {
          ...options,
          relatedHeading: { en: 'Related terms' },
          embedLabels: { ...options.embedLabels, fr: undefined, de: options.embedLabels.en },
          feedFile: 'glossary.xml',
        },
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: The glossary's options are not valid:
      - "feedFile" with value "glossary.xml" fails to match the required pattern: /^[a-z0-9-]+\\.json$/
      - "relatedHeading" has no text for zh-Hans, fr
      - "embedLabels" has no labels (glossary, readMore) for fr
      - "embedLabels" names de, which the i18n config does not list (locales: zh-Hans, en, fr)]
    `);
  });

  it("gives <TermEmbed> its card's title and path in the page's locale, and names an unknown id", async () => {
    const siteDir = path.join(fixtures, 'three-locales');
    const glossary = await createGlossary({ siteDir, i18n: threeLocales, options });
    const compile = (value: string, file: string) =>
      evaluate(
        { value, path: path.join(siteDir, file) },
        { ...runtime, remarkPlugins: [glossary.remarkPlugin] },
      );
    const { default: Content } = await compile(
      '<TermEmbed id="recall" />',
      'i18n/fr/docusaurus-plugin-content-docs/current/themes/new.mdx',
    );
    const html = renderToStaticMarkup(
      createElement(Content, {
        components: {
          TermEmbed: (props: object) => createElement('span', null, JSON.stringify(props)),
        },
      }),
    );
    expect(html.replaceAll('&quot;', '"')).toBe(
      '<span>{"id":"recall","title":"Rappel (召回率)","embedPath":"/embed/glossary/recall"}</span>',
    );
    await expect(compile('<TermEmbed id="recal" />\n\n<TermEmbed />', 'docs/themes/new.mdx')).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [Error: docs/themes/new.mdx:1: <TermEmbed id="recal"> names no glossary entry (did you mean "recall"?)
      docs/themes/new.mdx:3: <TermEmbed> needs an id attribute naming a glossary entry, e.g. <TermEmbed id="recall">]
    `);
  });

  it('names a <Term> that names no entry, every one in the file, with its line', async () => {
    const siteDir = path.join(fixtures, 'three-locales');
    const glossary = await createGlossary({ siteDir, i18n: threeLocales, options });
    await expect(
      evaluate(
        {
          value: 'A <Term id="recal">x</Term>\n\nB <Term id="presicion">y</Term> <Term>z</Term>',
          path: path.join(siteDir, 'docs/themes/new.mdx'),
        },
        { ...runtime, remarkPlugins: [glossary.remarkPlugin] },
      ),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: docs/themes/new.mdx:1: <Term id="recal"> names no glossary entry (did you mean "recall"?)
      docs/themes/new.mdx:3: <Term id="presicion"> names no glossary entry (did you mean "precision"?)
      docs/themes/new.mdx:3: <Term> needs an id attribute naming a glossary entry, e.g. <Term id="recall">]
    `);
  });
});
