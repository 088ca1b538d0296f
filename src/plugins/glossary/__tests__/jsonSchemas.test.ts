import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import createConfig, { i18n, loadSiteGlossary } from '../../../../docusaurus.config';
import { schemaProblems, schemaValidator } from '../../../../tests/jsonSchemas';
import type { Locale } from '../../../lib/glossary/model';
import { termDocument, termOEmbed } from '../../../lib/glossary/termDocument';
import { createGlossary, type Glossary } from '..';

const siteDir = path.resolve(__dirname, '../../../..');
const schemaFiles = {
  term: 'glossary-term.v1.json',
  oembed: 'oembed-link.json',
  feed: 'glossary-feed.v1.json',
} as const;

interface ObjectSchema {
  readonly $id: string;
  readonly properties: Record<string, Record<string, unknown>>;
  readonly required: readonly string[];
}

const schemas = Object.fromEntries(
  Object.entries(schemaFiles).map(([kind, file]) => [
    kind,
    JSON.parse(readFileSync(path.join(siteDir, 'static/schemas', file), 'utf8')) as ObjectSchema,
  ]),
) as Record<keyof typeof schemaFiles, ObjectSchema>;
const ajv = schemaValidator();
const validate = {
  term: ajv.compile(schemas.term),
  oembed: ajv.compile(schemas.oembed),
  feed: ajv.compile(schemas.feed),
};

/** The schema a file the glossary writes must follow, by its name. */
const schemaOf = (file: string) =>
  file.endsWith('.oembed.json')
    ? validate.oembed
    : file.endsWith('glossary.json')
      ? validate.feed
      : validate.term;

/** Every JSON file the glossary writes for a site, in every locale, parsed. */
function glossaryJson(glossary: Glossary, url: string): { path: string; data: unknown }[] {
  const baseUrls = Object.fromEntries(
    i18n.locales.map((locale) => [locale, locale === i18n.defaultLocale ? '/' : `/${locale}/`]),
  );
  const files = [
    ...glossary.outputFiles('/out', url, baseUrls),
    ...i18n.locales.flatMap((locale) =>
      glossary.localeOutputFiles(path.join('/out', baseUrls[locale] ?? ''), locale, {
        url,
        title: 'Handbook',
        titleDelimiter: '|',
        baseUrls,
        htmlLang: (each) => i18n.localeConfigs[each as keyof typeof i18n.localeConfigs].htmlLang,
        lastModified: (entry) => (entry.locale === 'en' ? '2026-01-02T03:04:05.000Z' : null),
      }),
    ),
  ];
  return files
    .filter((file) => file.path.endsWith('.json'))
    .map((file) => ({ path: path.relative('/out', file.path), data: JSON.parse(file.content) as unknown }));
}

// The fixture of createGlossary.test.ts, with the site's own locales (the schemas name them).
const fixture = await createGlossary({
  siteDir: path.join(__dirname, '__fixtures__', 'three-locales'),
  i18n,
  options: {
    categories: [
      { id: 'data', label: { 'zh-Hans': '数据', en: 'Data' } },
      { id: 'evaluation', label: { 'zh-Hans': '模型评估', en: 'Model evaluation' } },
    ],
    relatedHeading: { 'zh-Hans': '相关术语', en: 'Related terms' },
    embedLabels: {
      'zh-Hans': { glossary: '术语表', readMore: '阅读完整词条' },
      en: { glossary: 'Glossary', readMore: 'Read the full entry' },
    },
    titleFormats: { 'zh-Hans': '{name}（{otherName}）' },
  },
});
const fixtureFiles = glossaryJson(fixture, 'https://kb.example');

/** A term document with a preview card, as the per-term cards will make it. */
function documentWithImage(locale: Locale) {
  const [recall] = fixture.terms.filter((term) => term.id === 'recall');
  if (!recall) throw new Error('the fixture has no recall');
  const at = (suffix: string) => (each: Locale, id: string) =>
    `https://kb.example/${each}/glossary/${id}${suffix}`;
  return termDocument(recall, locale, new Map(fixture.terms.map((term) => [term.id, term])), {
    locales: i18n.locales,
    urls: { page: at(''), data: at('.json'), oembed: at('.oembed.json') },
    htmlLang: (each) => each,
    categoryLabel: (category) => category,
    lastModified: () => '2026-01-02T03:04:05+08:00',
    image: (each, id) => ({
      url: `https://kb.example/img/cards/${each}/${id}.png`,
      width: 1200,
      height: 630,
      alt: 'Recall',
    }),
  });
}

describe('the JSON Schemas in static/schemas', () => {
  it.each(Object.entries(schemaFiles))('%s: $id is its URL on the site', async (kind, file) => {
    const { url } = await createConfig();
    expect(schemas[kind as keyof typeof schemaFiles].$id).toBe(`${url}/schemas/${file}`);
  });

  it.each([
    ['term', schemas.term.properties, ['names', 'aliases', 'urls', 'data']],
    [
      'feed',
      (schemas.feed.properties.terms?.items as ObjectSchema).properties,
      ['name', 'aliases', 'summary', 'url'],
    ],
  ] as const)(
    '%s: locale-keyed objects have exactly the locales of the i18n config',
    (_kind, properties, fields) => {
      for (const field of fields) {
        const { properties: keys, required } = properties[field] as unknown as ObjectSchema;
        expect({ field, keys: Object.keys(keys), required }).toEqual({
          field,
          keys: i18n.locales,
          required: i18n.locales,
        });
      }
    },
  );

  it.each(fixtureFiles)('$path, written for the fixture site, is valid', ({ path: file, data }) => {
    expect(schemaProblems(schemaOf(file), file, data)).toEqual([]);
  });

  it('covers every file the glossary writes: feed, and each term’s JSON and oEmbed response in each locale', () => {
    expect(fixtureFiles.map((file) => file.path)).toEqual([
      'glossary.json',
      'glossary/precision.json',
      'glossary/precision.oembed.json',
      'glossary/recall.json',
      'glossary/recall.oembed.json',
      'en/glossary/precision.json',
      'en/glossary/precision.oembed.json',
      'en/glossary/recall.json',
      'en/glossary/recall.oembed.json',
    ]);
  });

  it("validates a term with a preview card, and its oEmbed response's thumbnail", () => {
    const document = documentWithImage('en');
    expect(schemaProblems(validate.term, 'recall.json', document)).toEqual([]);
    const oembed = termOEmbed(document, { name: 'Handbook', url: 'https://kb.example/en/' });
    expect(oembed).toHaveProperty('thumbnail_url', 'https://kb.example/img/cards/en/recall.png');
    expect(schemaProblems(validate.oembed, 'recall.oembed.json', oembed)).toEqual([]);
  });

  it('names every field of a term document, and only those: the schema and TermDocument cannot drift apart', () => {
    const document = documentWithImage('zh-Hans');
    const { properties, required } = schemas.term;
    const keys = (schema: unknown) => Object.keys((schema as { properties: object }).properties ?? {});
    expect(Object.keys(properties)).toEqual(Object.keys(document));
    // Every field is always there (null when unknown), so a consumer never meets a missing one.
    expect(required).toEqual(Object.keys(document));
    expect(keys(properties.category)).toEqual(Object.keys(document.category));
    expect(keys(properties.related?.items)).toEqual(Object.keys(document.related[0] ?? {}));
    const card = (properties.image?.oneOf as unknown[] | undefined)?.[1];
    expect(keys(card)).toEqual(Object.keys(document.image ?? {}));
  });

  it('names every field of an oEmbed response and of a feed entry, and only those', () => {
    const oembed = termOEmbed(documentWithImage('en'), { name: 'Handbook', url: 'https://kb.example/en/' });
    expect(Object.keys(schemas.oembed.properties)).toEqual(Object.keys(oembed));
    const feed = fixtureFiles[0]?.data as { terms: Record<string, unknown>[] };
    const entry = schemas.feed.properties.terms?.items as ObjectSchema;
    expect(Object.keys(entry.properties)).toEqual(Object.keys(feed.terms[0] ?? {}));
    expect(entry.required).toEqual(Object.keys(feed.terms[0] ?? {}));
  });

  it('rejects a term document that breaks it, naming the file and the field', () => {
    const valid = documentWithImage('en');
    const cases = [
      ['a missing field', { ...valid, summary: undefined }],
      ['a missing nested field', { ...valid, category: { id: 'evaluation' } }],
      ['an extra field', { ...valid, colour: 'red' }],
      ['an extra field in a related term', { ...valid, related: [{ ...valid.related[0], weight: 1 }] }],
      ['a wrong type', { ...valid, abbr: 5 }],
      ['a wrong type in a list', { ...valid, aliases: { ...valid.aliases, en: ['sensitivity', 7] } }],
      ['another version', { ...valid, version: 2 }],
      ['a locale the site does not have', { ...valid, names: { ...valid.names, fr: 'Rappel' } }],
      ['a missing locale', { ...valid, urls: { en: valid.urls.en } }],
      ['a relative URL', { ...valid, oembed: '/en/glossary/recall.oembed.json' }],
      ['a date that is no date-time', { ...valid, lastModified: '2 January 2026' }],
      ['a preview card of another size', { ...valid, image: { ...valid.image, width: 1024 } }],
    ] as const;
    // Through JSON, as a consumer reads it: a field set to undefined is a missing field.
    const problems = (document: object) =>
      schemaProblems(validate.term, 'en/glossary/recall.json', JSON.parse(JSON.stringify(document)));
    expect(Object.fromEntries(cases.map(([name, document]) => [name, problems(document)])))
      .toMatchInlineSnapshot(`
      {
        "a date that is no date-time": [
          "en/glossary/recall.json: field "lastModified" must match format "date-time"",
        ],
        "a locale the site does not have": [
          "en/glossary/recall.json: field "names.fr" is not allowed; allowed fields: zh-Hans, en",
        ],
        "a missing field": [
          "en/glossary/recall.json: field "summary" is missing",
        ],
        "a missing locale": [
          "en/glossary/recall.json: field "urls.zh-Hans" is missing",
        ],
        "a missing nested field": [
          "en/glossary/recall.json: field "category.label" is missing",
        ],
        "a preview card of another size": [
          "en/glossary/recall.json: field "image.width" must be 1200",
        ],
        "a relative URL": [
          "en/glossary/recall.json: field "oembed" must match format "uri"",
        ],
        "a wrong type": [
          "en/glossary/recall.json: field "abbr" must be null or string",
        ],
        "a wrong type in a list": [
          "en/glossary/recall.json: field "aliases.en[1]" must be string",
        ],
        "an extra field": [
          "en/glossary/recall.json: field "colour" is not allowed; allowed fields: version, type, id, lang, title, name, names, abbr, aliases, summary, category, related, urls, data, oembed, image, lastModified",
        ],
        "an extra field in a related term": [
          "en/glossary/recall.json: field "related[0].weight" is not allowed; allowed fields: id, name, url, data",
        ],
        "another version": [
          "en/glossary/recall.json: field "version" must be 1",
        ],
      }
    `);
  });

  it('rejects an oEmbed response with half a thumbnail, or of another type, naming the field', () => {
    const oembed = termOEmbed(documentWithImage('en'), { name: 'Handbook', url: 'https://kb.example/en/' });
    expect(
      schemaProblems(
        validate.oembed,
        'recall.oembed.json',
        JSON.parse(JSON.stringify({ ...oembed, type: 'rich', thumbnail_width: undefined, html: '<iframe>' })),
      ),
    ).toMatchInlineSnapshot(`
      [
        "recall.oembed.json: field "html" is not allowed; allowed fields: version, type, title, provider_name, provider_url, cache_age, thumbnail_url, thumbnail_width, thumbnail_height",
        "recall.oembed.json: field "type" must be "link"",
        "recall.oembed.json: field "thumbnail_width" is missing: it goes with "thumbnail_url"",
        "recall.oembed.json: field "thumbnail_width" is missing: it goes with "thumbnail_height"",
      ]
    `);
  });
});

describe("the site's own glossary", async () => {
  const glossary = await loadSiteGlossary();
  const { url } = await createConfig();
  const files = glossaryJson(glossary, url);

  it('writes JSON that is valid against the schemas: the feed, and every term’s JSON and oEmbed response', () => {
    expect(files.length).toBe(1 + glossary.terms.length * 2 * i18n.locales.length);
    expect(files.flatMap(({ path: file, data }) => schemaProblems(schemaOf(file), file, data))).toEqual([]);
  });
});
