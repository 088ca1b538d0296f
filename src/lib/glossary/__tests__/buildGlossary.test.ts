import { describe, expect, it } from 'vitest';

import { buildGlossary } from '../buildGlossary';
import { didYouMean } from '../didYouMean';
import { buildGlossaryFeed } from '../feed';
import type { GlossarySettings, TermSource } from '../model';
import { aliasSlugs, nameToSlug, searchKeywords } from '../names';

const settings: GlossarySettings = {
  locales: ['zh-Hans', 'en'],
  categories: ['paradigms', 'architectures', 'data', 'recommendation', 'evaluation', 'product'],
  otherNameLocale: { 'zh-Hans': 'en', en: 'zh-Hans' },
  titleFormat: { 'zh-Hans': '{name}（{otherName}）', en: '{name} ({otherName})' },
  maxSummaryLength: 120,
  maxNameWidth: 60,
  filePath: (locale, slug) =>
    locale === 'zh-Hans' ? `docs/glossary/${slug}.mdx` : `i18n/en/glossary/${slug}.mdx`,
};
const route = '/glossary';

interface TermSpec {
  readonly slug: string;
  readonly zh: Record<string, unknown>;
  readonly en: Record<string, unknown>;
}

const recall: TermSpec = {
  slug: 'recall',
  zh: {
    id: 'recall',
    title: '召回率（Recall）',
    name: '召回率',
    otherName: 'Recall',
    abbr: 'TPR',
    aliases: ['查全率'],
    category: 'evaluation',
    summary: '真正为正的样本中被找出的比例。',
    related: ['precision'],
  },
  en: {
    id: 'recall',
    title: 'Recall (召回率)',
    name: 'Recall',
    otherName: '召回率',
    abbr: 'TPR',
    aliases: ['sensitivity', 'true positive rate'],
    category: 'evaluation',
    summary: 'The share of actual positives the model finds.',
    related: ['precision'],
  },
};

const precision: TermSpec = {
  slug: 'precision',
  zh: {
    id: 'precision',
    title: '精确率（Precision）',
    name: '精确率',
    otherName: 'Precision',
    aliases: ['查准率'],
    category: 'evaluation',
    summary: '判为正的样本中真正为正的比例。',
    related: ['recall'],
  },
  en: {
    id: 'precision',
    title: 'Precision (精确率)',
    name: 'Precision',
    otherName: '精确率',
    aliases: ['positive predictive value'],
    category: 'evaluation',
    summary: 'The share of predicted positives that are actually positive.',
    related: ['recall'],
  },
};

function sources(...specs: TermSpec[]): TermSource[] {
  return specs.flatMap((spec) =>
    (['zh-Hans', 'en'] as const).map((locale) => ({
      file: settings.filePath(locale, spec.slug),
      locale,
      slug: spec.slug,
      frontMatter: locale === 'zh-Hans' ? spec.zh : spec.en,
    })),
  );
}

const edit = (spec: TermSpec, locale: 'zh' | 'en', changes: Record<string, unknown>): TermSpec => ({
  ...spec,
  [locale]: Object.fromEntries(
    Object.entries({ ...spec[locale], ...changes }).filter(([, value]) => value !== undefined),
  ),
});

const editBoth = (spec: TermSpec, changes: Record<string, unknown>): TermSpec =>
  edit(edit(spec, 'zh', changes), 'en', changes);

const errorsOf = (input: TermSource[]) => buildGlossary(input, settings, route).errors;

describe('buildGlossary', () => {
  it('accepts a valid glossary and pairs the locales of each term', () => {
    const { terms, errors } = buildGlossary(sources(recall, precision), settings, route);
    expect(errors).toEqual([]);
    expect(terms.map((term) => [term.id, term.category, term.abbr ?? null])).toEqual([
      ['precision', 'evaluation', null],
      ['recall', 'evaluation', 'TPR'],
    ]);
    expect(terms[1]?.locales.en?.aliases).toEqual(['sensitivity', 'true positive rate']);
  });

  it.each([
    {
      problem: 'a missing field',
      input: sources(edit(recall, 'zh', { summary: undefined }), precision),
    },
    {
      problem: 'an unknown key',
      input: sources(edit(recall, 'en', { sumary: 'typo' }), precision),
    },
    {
      problem: 'a summary that is too long',
      input: sources(edit(recall, 'en', { summary: 'x'.repeat(121) }), precision),
    },
    {
      problem: 'a name too wide for a preview card',
      input: sources(
        edit(recall, 'zh', { name: '召回'.repeat(16), title: `${'召回'.repeat(16)}（Recall）` }),
        precision,
      ),
    },
    {
      problem: 'an unknown category',
      input: sources(edit(recall, 'zh', { category: 'evaluaton' }), precision),
    },
    {
      problem: 'a title that does not follow the names',
      input: sources(edit(recall, 'zh', { title: '召回率 (Recall)' }), precision),
    },
    {
      problem: 'an id that is not the file name',
      input: sources(edit(recall, 'en', { id: 'recal' }), precision),
    },
  ])('reports $problem, naming file and field', ({ input }) => {
    expect(errorsOf(input)).toMatchSnapshot();
  });

  it('reports an unknown related id with a did-you-mean', () => {
    const input = sources(recall, editBoth(precision, { related: ['recal'] }));
    expect(errorsOf(input)).toMatchInlineSnapshot(`
      [
        "docs/glossary/precision.mdx: field "related" names "recal", which is no glossary entry (did you mean "recall"?)",
        "i18n/en/glossary/precision.mdx: field "related" names "recal", which is no glossary entry (did you mean "recall"?)",
      ]
    `);
  });

  it('reports a missing translation and a translation that disagrees', () => {
    const zhOnly = sources(recall).filter((source) => source.locale === 'zh-Hans');
    expect(errorsOf([...zhOnly, ...sources(precision)])).toMatchInlineSnapshot(`
      [
        "docs/glossary/recall.mdx: has no en translation; create i18n/en/glossary/recall.mdx",
      ]
    `);
    expect(
      errorsOf(sources(recall, edit(precision, 'en', { category: 'data', related: ['recall', 'f1-score'] }))),
    ).toMatchInlineSnapshot(`
      [
        "i18n/en/glossary/precision.mdx: disagrees with docs/glossary/precision.mdx on category ("evaluation" vs "data"); related ([recall] vs [recall, f1-score])",
        "i18n/en/glossary/precision.mdx: field "related" names "f1-score", which is no glossary entry",
      ]
    `);
  });

  it('reports a name or alias that leads to two terms, whatever its case', () => {
    expect(errorsOf(sources(recall, edit(precision, 'en', { aliases: ['Sensitivity'] }))))
      .toMatchInlineSnapshot(`
        [
          "i18n/en/glossary/recall.mdx: field "aliases" uses "sensitivity", which already belongs to "precision" (i18n/en/glossary/precision.mdx, field "aliases"); a name may lead to one term only",
          "i18n/en/glossary/recall.mdx: field "aliases" makes the alias URL /glossary/sensitivity, which collides with an alias URL of "precision"",
        ]
      `);
  });

  it('reports an alias URL that collides with a slug', () => {
    expect(errorsOf(sources(edit(recall, 'en', { aliases: ['precision'] }), precision)))
      .toMatchInlineSnapshot(`
        [
          "i18n/en/glossary/recall.mdx: field "aliases" uses "precision", which already belongs to "precision" (i18n/en/glossary/precision.mdx, field "name"); a name may lead to one term only",
          "i18n/en/glossary/recall.mdx: field "aliases" makes the alias URL /glossary/precision, which collides with the slug of the term "precision"",
        ]
      `);
  });

  it('reports every problem in one pass', () => {
    const input = sources(
      edit(recall, 'zh', { summary: undefined, category: 'metrics' }),
      edit(precision, 'en', { colour: 'red' }),
    );
    expect(errorsOf(input)).toHaveLength(3);
  });
});

describe('alias URLs', () => {
  it.each([
    ['Convolutional Neural Network', 'convolutional-neural-network'],
    ['R²', 'r2'],
    ['F1 Score', 'f1-score'],
    ['true positive rate', 'true-positive-rate'],
    ['查全率', null],
    ['Transformer 架构', null],
    ['---', null],
  ])('%s → %s', (name, slug) => {
    expect(nameToSlug(name)).toBe(slug);
  });

  it("come from the ASCII names, the abbreviation, the ASCII aliases and old slugs, never the term's own slug", () => {
    const { terms, errors } = buildGlossary(
      sources(editBoth(recall, { redirectFrom: ['hit-ratio'] }), precision),
      settings,
      route,
    );
    expect(errors).toEqual([]);
    const term = terms.find((candidate) => candidate.id === 'recall');
    if (!term) throw new Error('recall is missing');
    expect(aliasSlugs(term, settings.locales)).toEqual([
      'tpr',
      'sensitivity',
      'true-positive-rate',
      'hit-ratio',
    ]);
  });
});

describe('searchKeywords', () => {
  it("lists the page's own names first, then the other locale's, each once", () => {
    const { terms } = buildGlossary(sources(recall, precision), settings, route);
    const term = terms.find((candidate) => candidate.id === 'recall');
    if (!term) throw new Error('recall is missing');
    expect(searchKeywords(term, 'zh-Hans', settings.locales)).toMatchInlineSnapshot(`
      [
        "召回率",
        "Recall",
        "TPR",
        "查全率",
        "sensitivity",
        "true positive rate",
      ]
    `);
    expect(searchKeywords(term, 'en', settings.locales)).toMatchInlineSnapshot(`
      [
        "Recall",
        "召回率",
        "TPR",
        "sensitivity",
        "true positive rate",
        "查全率",
      ]
    `);
  });
});

describe('did you mean', () => {
  it.each([
    ['rnnn', ['cnn', 'rnn', 'transformer'], ' (did you mean "rnn"?)'],
    ['f1', ['f1-score', 'auc'], ''],
    ['transfomer', ['transformer', 'transfer-learning'], ' (did you mean "transformer"?)'],
  ])('%s', (value, candidates, expected) => {
    expect(didYouMean(value, candidates)).toBe(expected);
  });
});

describe('buildGlossaryFeed', () => {
  it('gives each term both names, summaries and absolute URLs', () => {
    const { terms } = buildGlossary(sources(recall, precision), settings, route);
    const feed = buildGlossaryFeed(terms, settings.locales, (locale, id) =>
      locale === 'en' ? `https://kb.example/en/glossary/${id}` : `https://kb.example/glossary/${id}`,
    );
    expect(feed.version).toBe(1);
    expect(feed.terms[1]).toEqual({
      id: 'recall',
      category: 'evaluation',
      name: { 'zh-Hans': '召回率', en: 'Recall' },
      abbr: 'TPR',
      aliases: { 'zh-Hans': ['查全率'], en: ['sensitivity', 'true positive rate'] },
      summary: {
        'zh-Hans': '真正为正的样本中被找出的比例。',
        en: 'The share of actual positives the model finds.',
      },
      url: { 'zh-Hans': 'https://kb.example/glossary/recall', en: 'https://kb.example/en/glossary/recall' },
      related: ['precision'],
    });
  });
});
