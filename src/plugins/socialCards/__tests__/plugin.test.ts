import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';
import { afterEach, describe, expect, it, vi } from 'vitest';

import socialCards, { validateOptions, type SocialCardsOptions } from '../index';
import { pngSize } from '../png';

const siteDir = path.resolve(__dirname, '../../../..');

function page(title: string, description: string): string {
  return `<!doctype html><html><head><meta data-rh=true property=og:title content="${title} | Site"/><meta data-rh=true property=og:description content="${description}"/></head><body></body></html>`;
}

/** A built locale with a home page and one term page, and the plugin's postBuild run on it. */
function build(options: Partial<SocialCardsOptions>) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'social-cards-'));
  mkdirSync(path.join(outDir, 'glossary'));
  writeFileSync(path.join(outDir, 'index.html'), page('Site', 'A handbook.'));
  writeFileSync(path.join(outDir, 'glossary/recall.html'), page('Recall', 'The share of positives found.'));
  const validated = validateOptions({
    options: { cacheDir: path.join(outDir, '.cache'), ...options },
    validate: (schema, input) => {
      const { error, value } = schema.validate(input);
      if (error) throw error;
      return value;
    },
  });
  const plugin = socialCards({ siteDir } as LoadContext, validated) as Plugin;
  const run = () =>
    plugin.postBuild?.({
      outDir,
      routesPaths: ['/', '/glossary/recall', '/search-redirect-without-html'],
      siteConfig: { baseUrl: '/', url: 'https://kb.example', title: 'Site', titleDelimiter: '|' },
      i18n: { currentLocale: 'zh-Hans' },
    } as never);
  return { outDir, run };
}

describe('the social-cards plugin', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes a 1200×630 card for every page with HTML, and draws only changed cards again', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { outDir, run } = build({});
    await run();
    expect(readdirSync(path.join(outDir, 'og'), { recursive: true }).sort()).toEqual([
      'glossary',
      'glossary/recall.png',
      'index.png',
    ]);
    expect(pngSize(readFileSync(path.join(outDir, 'og/glossary/recall.png')))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(log).toHaveBeenLastCalledWith(
      expect.stringMatching(
        /^\[social-cards\] 2 pages of zh-Hans: 2 cards drawn, 0 from the cache \(drawing \d/,
      ),
    );
    await run();
    expect(log).toHaveBeenLastCalledWith(
      expect.stringMatching(/2 pages of zh-Hans: 0 cards drawn, 2 from the cache/),
    );
  });

  it("fails the build naming the page and the term's file when a term has a character the font lacks", async () => {
    const { run } = build({
      content: ({ pathname }) =>
        pathname === '/glossary/recall'
          ? {
              kind: 'term',
              name: '召回率𠀀',
              otherName: 'Recall',
              abbr: null,
              summary: '所有正例中被找出的比例。',
              category: '评估指标',
              source: 'docs/glossary/recall.mdx',
            }
          : undefined,
    });
    await expect(run()).rejects.toThrow(
      'social-cards: the preview card of /glossary/recall (docs/glossary/recall.mdx) cannot be drawn: the card font (Noto Sans SC) has no glyph for "𠀀" (U+20000): write it another way',
    );
  });

  it('validates its options, naming what is allowed', () => {
    const validate = (options: unknown) =>
      validateOptions({
        options: options as never,
        validate: (schema, input) => {
          const { error, value } = schema.validate(input);
          if (error) throw error;
          return value;
        },
      });
    expect(validate(undefined)).toEqual({
      logo: 'static/img/logo.svg',
      cacheDir: 'node_modules/.cache/social-cards',
    });
    expect(() => validate({ logo: 'static/img/logo.png' })).toThrow(
      /"logo" with value "static\/img\/logo.png" fails to match/,
    );
    expect(() => validate({ content: 'glossary' })).toThrow('"content" must be of type function');
  });
});
