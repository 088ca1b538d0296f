import { readFileSync } from 'node:fs';
import path from 'node:path';

import ogs from 'open-graph-scraper';
import { beforeAll, describe, expect, it } from 'vitest';

import createConfig, { i18n } from '../../docusaurus.config';
import { pngSize } from '../../src/plugins/socialCards/png';
import { siteOrigin } from './browser';

/**
 * What a real unfurler (open-graph-scraper, as chat tools and wiki bots use) reads from every term page in both
 * locales and from every alias URL: through nginx's 301, and as the alias page itself (`<alias>.html`), which is
 * what a host without the redirect map serves.
 */

const origin = siteOrigin();
const buildDir = path.resolve(__dirname, '../../build');

/** OGP's `language_TERRITORY` form of each locale, as the tools that read it expect. */
const ogLocales: Record<string, string> = { 'zh-Hans': 'zh_CN', en: 'en_US' };

/** Runs `task` over `items`, `limit` at a time; the results in the order of the items. */
async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const localeOf = (pathname: string) =>
  i18n.locales.find((locale) => locale !== i18n.defaultLocale && pathname.startsWith(`/${locale}/`)) ??
  i18n.defaultLocale;
const prefix = (locale: string) => (locale === i18n.defaultLocale ? '' : `/${locale}`);

/** One URL to unfurl, and the term (id, locale) it must show. */
interface Target {
  readonly path: string;
  readonly id: string;
  readonly locale: string;
  /** Where the URL must end up after redirects (the term page), when it redirects. */
  readonly landsOn?: string;
}

/** What the term says about itself in a locale: its per-term JSON, as served. */
interface TermData {
  readonly title: string;
  readonly summary: string;
  readonly urls: Readonly<Record<string, string>>;
  /** The term's own preview card in this locale. */
  readonly image: { readonly url: string; readonly alt: string } | null;
}

describe('a real unfurler (open-graph-scraper) on every term page and alias URL', () => {
  let siteUrl = '';
  const terms = new Map<string, TermData>();
  const termPages: Target[] = [];
  const aliases: { from: string; to: string; id: string; locale: string }[] = [];

  beforeAll(async () => {
    siteUrl = (await createConfig()).url;
    const feed = (await (await fetch(`${origin}/glossary.json`)).json()) as { terms: { id: string }[] };
    termPages.push(
      ...i18n.locales.flatMap((locale) =>
        feed.terms.map(({ id }) => ({ path: `${prefix(locale)}/glossary/${id}`, id, locale })),
      ),
    );
    await inPool(termPages, 8, async ({ id, locale }) => {
      const response = await fetch(`${origin}${prefix(locale)}/glossary/${id}.json`);
      terms.set(`${locale}/${id}`, (await response.json()) as TermData);
    });
    const map = readFileSync(path.join(buildDir, '.nginx/redirects.map'), 'utf8');
    aliases.push(
      ...[...map.matchAll(/^"([^"]+)" "([^"]+)";$/gm)].map(([, from = '', to = '']) => ({
        from,
        to,
        id: to.slice(to.lastIndexOf('/') + 1),
        locale: localeOf(from),
      })),
    );
  });

  /** An absolute URL on the site's production origin, as the URL the local nginx answers; null for another site. */
  const local = (url: string) =>
    url.startsWith(`${siteUrl}/`) ? `${origin}${url.slice(siteUrl.length)}` : null;

  // Each distinct image is fetched once, whichever page names it first: it answers, is a PNG, and its header
  // says 1200×630.
  const imageChecks = new Map<string, Promise<string | null>>();
  const checkImage = (url: string) => {
    const check =
      imageChecks.get(url) ??
      (async () => {
        const at = local(url);
        if (!at) return `${url} is not on the site`;
        const response = await fetch(at);
        const size = pngSize(new Uint8Array(await response.arrayBuffer()));
        const type = response.headers.get('content-type');
        return response.status === 200 && type === 'image/png' && size?.width === 1200 && size.height === 630
          ? null
          : `${url}: ${response.status} ${type}, PNG size ${JSON.stringify(size)}`;
      })();
    imageChecks.set(url, check);
    return check;
  };

  /** What is wrong with what ogs reads from `target`, one line per URL, or nothing. */
  async function unfurl(target: Target): Promise<string[]> {
    const term = terms.get(`${target.locale}/${target.id}`);
    if (!term) return [`${target.path}: names ${target.id}, which is no term`];
    const scraped = await ogs({ url: `${origin}${target.path}`, onlyGetOpenGraphInfo: true }).catch(
      (error: unknown) => ({ error }),
    );
    if (!('result' in scraped) || scraped.error) {
      return [`${target.path}: not read (${JSON.stringify(scraped.error)})`];
    }
    const { result, html } = scraped;
    // ogs types the fetch response as a bare object; it is undici's Response, whose `url` is where redirects ended.
    const finalUrl = (scraped.response as { url?: string }).url ?? '';
    const canonical = /<link\b[^>]*\brel="?canonical"?[\s/>][^>]*>/
      .exec(html)?.[0]
      .match(/\bhref="?([^"\s>]+)/)?.[1];
    const pageUrl = term.urls[target.locale];
    const otherLocales = i18n.locales
      .filter((locale) => locale !== target.locale)
      .map((locale) => ogLocales[locale]);
    const [image] = result.ogImage ?? [];
    const checks = {
      landsOn: target.landsOn === undefined || new URL(finalUrl).pathname === target.landsOn,
      ogTitle: result.ogTitle === term.title || Boolean(result.ogTitle?.startsWith(`${term.title} | `)),
      ogDescription: result.ogDescription === term.summary,
      ogUrl: result.ogUrl === pageUrl,
      canonical: canonical === pageUrl,
      ogLocale: result.ogLocale === ogLocales[target.locale],
      ogLocaleAlternate: otherLocales.includes(result.ogLocaleAlternate),
      twitterCard: result.twitterCard === 'summary_large_image',
      // The term's own card (not the site's), with its size, as the per-term JSON names it.
      ogImage: image !== undefined && image.url === term.image?.url,
      ogImageSize: Number(image?.width) === 1200 && Number(image?.height) === 630,
      ogImageAlt: image?.alt === term.image?.alt,
    };
    const failed = Object.entries(checks)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    const imageProblem = image ? await checkImage(image.url) : 'no og:image';
    if (failed.length === 0 && imageProblem === null) return [];
    const read = { ...result, ogImage: image?.url, canonical, url: finalUrl };
    return [
      `${target.path}: ${[...failed, imageProblem ?? []].flat().join(', ')} (read ${JSON.stringify(read).slice(0, 400)})`,
    ];
  }

  const unfurlAll = async (targets: readonly Target[]) => (await inPool(targets, 8, unfurl)).flat();

  it('reads each term page in both locales: title, description, canonical URL, OGP locales, a large card and its 1200×630 PNG', async () => {
    expect(termPages.length).toBeGreaterThanOrEqual(2 * 101);
    expect(await unfurlAll(termPages)).toEqual([]);
  });

  // Every one of these lands on a whole term page, which ogs parses twice (charset, then tags): CPU-bound, so the
  // pool does not shorten it on a busy machine.
  it(
    'reads the same from every alias URL, following its 301 to the term page',
    { timeout: 120_000 },
    async () => {
      expect(aliases.length).toBeGreaterThan(400);
      const targets = aliases.map(({ from, to, id, locale }) => ({ path: from, id, locale, landsOn: to }));
      expect(await unfurlAll(targets)).toEqual([]);
    },
  );

  it('reads the same from every alias page (<alias>.html), which a host without the 301s serves', async () => {
    const targets = aliases.map(({ from, id, locale }) => ({ path: `${from}.html`, id, locale }));
    expect(await unfurlAll(targets)).toEqual([]);
    expect(imageChecks.size).toBeGreaterThan(0);
  });
});
