import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadSiteGlossary } from '../../docusaurus.config';
import { aliasSlugs } from '../../src/lib/glossary/names';
import { findHeadings } from '../../src/lib/markdownHeadings';

const siteDir = path.resolve(__dirname, '../..');
// Loading validates: a glossary with problems fails here, listing them all.
const glossary = await loadSiteGlossary();
const { terms, paths } = glossary;

/** The terms the glossary promises, by theme (issue #3). */
const requiredSlugs = [
  ...['machine-learning', 'deep-learning', 'neural-network', 'supervised-learning', 'transfer-learning'],
  ...['reinforcement-learning', 'large-language-model', 'nlp', 'image-recognition'],
  ...['cnn', 'rnn', 'transformer'],
  ...['feature', 'image-features', 'sentiment-features', 'training-data', 'data-cleaning', 'data-labeling'],
  'class-imbalance',
  ...[
    'recommender-system',
    'collaborative-filtering',
    'popularity-recency-ranking',
    'personalized-recommendation',
  ],
  ...[
    'binary-classification',
    'regression',
    'confusion-matrix',
    'accuracy',
    'precision',
    'recall',
    'specificity',
  ],
  ...['f1-score', 'roc-curve', 'auc', 'mse', 'rmse', 'mae', 'r-squared'],
  ...['explicit-needs', 'latent-needs', 'function-oriented-design', 'intelligence-oriented-design'],
  ...['model-iteration', 'on-device-ai'],
];

/** Sections every term page has, in this order (the formula sits between them where there is one). */
const requiredSections = [
  'intuition',
  'for-product-managers',
  'questions-to-ask',
  'pitfalls',
  'when-it-matters',
  'sources',
];

describe('the glossary', () => {
  it('has every promised term', () => {
    expect(requiredSlugs.filter((slug) => !terms.some((term) => term.id === slug))).toEqual([]);
  });

  it('is in every locale of the site', () => {
    expect(terms.every((term) => paths.locales.every((locale) => term.locales[locale]))).toBe(true);
  });

  it('leads both names of reinforcement learning to one page', () => {
    const term = terms.find((candidate) => candidate.id === 'reinforcement-learning');
    expect(term?.locales['zh-Hans']?.name).toBe('强化学习');
    expect(term?.locales['zh-Hans']?.aliases).toContain('增强学习');
  });

  it('redirects full English names to abbreviated slugs', () => {
    const cnn = terms.find((term) => term.id === 'cnn');
    expect(cnn && aliasSlugs(cnn, paths.locales)).toContain('convolutional-neural-network');
  });

  const pages = terms.flatMap((term) =>
    Object.values(term.locales).map((entry) => path.join(siteDir, entry.file)),
  );
  it.each(pages.map((file) => path.relative(siteDir, file)))('%s has the sections of a term page', (file) => {
    const source = readFileSync(path.join(siteDir, file), 'utf8');
    const ids = findHeadings(source).map((heading) => heading.id);
    expect(ids.filter((id): id is string => id !== null && requiredSections.includes(id))).toEqual(
      requiredSections,
    );
    const body = source.replace(/^---[\s\S]*?\n---\n/, '').trim();
    expect(body.split('\n')[0], 'opens with the definition, not a heading').not.toMatch(/^#/);
    if (ids.includes('formula')) expect(source, 'a formula section has math').toMatch(/\$\$[\s\S]+?\$\$/);
  });
});

describe('published glossary URLs', () => {
  // Every alias URL the glossary has ever published (tests/content/__fixtures__/published-glossary-aliases.txt,
  // one path per line). A URL leaves the list only by becoming a term page of its own; a renamed alias keeps its
  // old URL with `redirectFrom`. Add new aliases to the list when they are published.
  const published = readFileSync(path.join(__dirname, '__fixtures__/published-glossary-aliases.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'));

  it('lists what is published', () => {
    expect(published.length).toBeGreaterThanOrEqual(100);
  });

  it('still answers every one of them', () => {
    const answering = new Set([
      ...glossary.redirects.map((redirect) => redirect.from),
      ...terms.map((term) => `${paths.route}/${term.id}`),
    ]);
    expect(published.filter((url) => !answering.has(url))).toEqual([]);
  });
});
