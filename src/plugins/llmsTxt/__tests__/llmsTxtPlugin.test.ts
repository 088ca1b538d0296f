import path from 'node:path';

import type { AllContent, OptionValidationContext } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, it } from 'vitest';

import { collectDocs, type CollectedDocs } from '../collectDocs';
import { missingLocaleTexts, validateOptions, type LlmsTxtOptions } from '../options';
import { llmsOutputFiles, type LlmsSite } from '../outputFiles';

const outDir = '/site/build/en';
const site: LlmsSite = {
  origin: 'https://example.com',
  baseUrl: '/en/',
  title: 'AI PM Handbook',
  summary: 'From traditional to AI product management.',
  details: 'Markdown at every page address plus `.md`.',
  topLevelTitle: 'Getting started',
  sourceLine: 'Source: {url}',
  optionalDocIds: [],
};
const collected: CollectedDocs = {
  docs: [
    { id: 'intro', title: 'Introduction', description: 'Where to start.', permalink: '/en/intro' },
    {
      id: 'glossary/recall',
      title: 'Recall (召回率)',
      description: 'Positives found.',
      permalink: '/en/glossary/recall',
    },
  ],
  sidebar: [
    { type: 'doc', id: 'intro' },
    { type: 'category', label: 'Glossary', items: [{ type: 'doc', id: 'glossary/recall' }] },
  ],
};
/** A built page: navigation around the article, the content in the docs theme's container. */
const page = (content: string) =>
  `<!doctype html><html><head><title>x</title></head><body><nav class="navbar"><a href="/en/">Home</a></nav><main><article><div class="theme-doc-markdown markdown"><header><h1>Title</h1></header>${content}</div></article></main></body></html>`;
const builtPages: Record<string, string> = {
  [path.join(outDir, 'intro.html')]: page('<p>Read <a href="/en/glossary/recall">recall</a> first.</p>'),
  [path.join(outDir, 'glossary/recall/index.html')]: page('<p>Recall is a metric.</p>'),
};
const readHtml = async (file: string) => builtPages[file] ?? null;

describe('llmsOutputFiles', () => {
  it("writes each doc's Markdown beside its page, and llms.txt at the locale's root", async () => {
    const files = await llmsOutputFiles(outDir, site, collected, readHtml);
    expect(files.map((file) => path.relative(outDir, file.path))).toEqual([
      'intro.md',
      'glossary/recall.md',
      'llms.txt',
    ]);
    expect(files[0]?.content).toBe(
      '# Introduction\n\nSource: https://example.com/en/intro\n\nRead [recall](https://example.com/en/glossary/recall) first.\n',
    );
    expect(files[2]?.content).toContain(
      '## Glossary\n- [Recall (召回率)](https://example.com/en/glossary/recall.md): Positives found.',
    );
  });

  it('names the doc whose built page is missing, and where it looked', async () => {
    await expect(
      llmsOutputFiles(outDir, site, collected, async (file) => (file.includes('intro') ? null : page(''))),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: llms-txt: the doc "intro" (/en/intro) has no built page (looked for intro.html, intro/index.html)]`,
    );
  });

  it('names the doc it cannot convert, with the reason as the cause', async () => {
    const failure = llmsOutputFiles(outDir, site, collected, async () => '<main><p>Not a doc</p></main>');
    await expect(failure).rejects.toThrow('llms-txt: cannot convert the doc "intro" (/en/intro) to Markdown');
    await expect(failure).rejects.toHaveProperty(
      'cause.message',
      expect.stringContaining('no .theme-doc-markdown'),
    );
  });
});

describe('options', () => {
  // What Docusaurus passes a plugin's validateOptions (its types are narrower than its use).
  const validate = normalizePluginOptions as unknown as OptionValidationContext<
    unknown,
    LlmsTxtOptions
  >['validate'];
  const valid = {
    sidebarId: 'handbook',
    topLevelTitle: { 'zh-Hans': '入门', en: 'Getting started' },
    details: { 'zh-Hans': '说明', en: 'Details' },
    sourceLine: { 'zh-Hans': '来源：{url}', en: 'Source: {url}' },
  };

  it('fills in the defaults', () => {
    expect(validateOptions({ validate, options: valid })).toMatchObject({
      docsPluginId: 'default',
      optionalDocIds: [],
    });
  });

  it('names every option that is wrong', () => {
    expect(() =>
      validateOptions({
        validate,
        options: { ...valid, sidebarId: undefined, sourceLine: { en: 'Source' }, extra: true },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: "sidebarId" is required. "sourceLine.en" with value "Source" fails to match the {url} pattern. "extra" is not allowed]`,
    );
  });

  it('names the texts that lack a locale of the site', () => {
    expect(
      missingLocaleTexts(
        { ...valid, details: { en: 'Details' }, docsPluginId: 'default', optionalDocIds: [] },
        ['zh-Hans', 'en'],
      ),
    ).toEqual(['"details" has no text for zh-Hans (the i18n config lists zh-Hans, en)']);
  });
});

describe('collectDocs', () => {
  const loadedVersion = (versionName: string, isLast: boolean, docIds: string[]) => ({
    versionName,
    isLast,
    docs: docIds.map((id) => ({
      id,
      title: id,
      description: `About ${id}.`,
      permalink: `/${id}`,
      source: 'x',
    })),
    sidebars: { handbook: docIds.map((id) => ({ type: 'doc', id })) },
  });
  const allContent = {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [loadedVersion('next', false, ['draft']), loadedVersion('1.0', true, ['intro'])],
      },
    },
  } as unknown as AllContent;

  it("takes the last version's docs (only the fields llms.txt needs) and the sidebar", () => {
    expect(collectDocs(allContent, 'default', 'handbook')).toEqual({
      docs: [{ id: 'intro', title: 'intro', description: 'About intro.', permalink: '/intro' }],
      sidebar: [{ type: 'doc', id: 'intro' }],
    });
  });

  it('names a docs plugin instance or a sidebar that is not there, and those that are', () => {
    expect(() => collectDocs(allContent, 'api', 'handbook')).toThrowErrorMatchingInlineSnapshot(
      `[Error: llms-txt: option "docsPluginId" names "api", but the site has no such docs plugin instance (instances: default)]`,
    );
    expect(() => collectDocs(allContent, 'default', 'guide')).toThrowErrorMatchingInlineSnapshot(
      `[Error: llms-txt: option "sidebarId" names "guide", which the docs plugin "default" does not have (sidebars: handbook)]`,
    );
  });
});
