import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { schemaProblems, schemaValidator } from '../jsonSchemas';
import { sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

const origin = siteOrigin();
const desktop = { width: 1280, height: 800 };

const browser = sharedBrowser();

/** A JSON Schema of the site's data, compiled from the copy nginx serves (`/schemas/<file>`), readable from any origin. */
async function servedSchema(file: string) {
  const response = await fetch(`${origin}/schemas/${file}`, { headers: { Origin: 'https://wiki.example' } });
  expect(response.status, `/schemas/${file}`).toBe(200);
  expect(response.headers.get('content-type'), `/schemas/${file}`).toMatch(/^application\/json/);
  expect(response.headers.get('access-control-allow-origin'), `/schemas/${file}`).toBe('*');
  return schemaValidator().compile((await response.json()) as object);
}

async function open(pathname: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser().newPage({ viewport: desktop, ...options });
  await page.goto(`${origin}${pathname}`);
  await waitForHydration(page);
  return page;
}

/** The first inline term link in the article, and the tooltip that describes it. */
async function firstTerm(page: Page) {
  const link = page.locator('article a[aria-describedby]').first();
  const tooltipId = await link.getAttribute('aria-describedby');
  const tooltip = page.locator(`[id="${tooltipId}"]`);
  return { link, tooltip };
}

describe('<Term> tooltips', () => {
  it('show the other name and summary on hover, stay while hovered, and close with Escape', async () => {
    const page = await open('/glossary/recall');
    try {
      const { link, tooltip } = await firstTerm(page);
      await expect(tooltip.getAttribute('role')).resolves.toBe('tooltip');
      await expect(tooltip.isVisible()).resolves.toBe(false);
      const paragraphBefore = await link.locator('xpath=ancestor::p[1]').boundingBox();
      const nextBefore = await page.locator('article h2').first().boundingBox();

      await link.hover();
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.textContent()).toContain('ROC Curve');
      expect(await tooltip.locator('[lang="en"]').count()).toBe(1);
      // No layout shift: nothing around the term moved.
      expect(await link.locator('xpath=ancestor::p[1]').boundingBox()).toEqual(paragraphBefore);
      expect(await page.locator('article h2').first().boundingBox()).toEqual(nextBefore);

      // Hoverable: the pointer can travel onto the tooltip without closing it.
      await tooltip.hover();
      await page.waitForTimeout(400);
      expect(await tooltip.isVisible()).toBe(true);

      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'hidden' });
    } finally {
      await page.close();
    }
  });

  it('open on keyboard focus, are announced as the description, and close with Escape', async () => {
    const page = await open('/en/glossary/recall');
    try {
      const { link, tooltip } = await firstTerm(page);
      await link.focus();
      await tooltip.waitFor({ state: 'visible' });
      // The tooltip is the link's accessible description: referenced, a tooltip, not hidden from assistive tech.
      expect(await tooltip.getAttribute('aria-hidden')).toBeNull();
      expect(await tooltip.textContent()).toContain('ROC 曲线');
      expect(await tooltip.textContent()).toMatch(/false positive rate/i);
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'hidden' });
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby')),
      ).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it('open on a first tap and follow the link on a second one', async () => {
    const page = await open('/glossary/recall', {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { link, tooltip } = await firstTerm(page);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await tooltip.waitFor({ state: 'visible' });
      expect(new URL(page.url()).pathname).toBe('/glossary/recall');
      const box = await tooltip.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await link.tap();
      await page.waitForURL(`${origin}/glossary/roc-curve`);
    } finally {
      await page.close();
    }
  });
});

describe('term pages', () => {
  it('list other names and copy the URL as a named link, the link in Markdown, MediaWiki, Confluence and HTML, and an iframe of the card', async () => {
    const context = await browser().newContext({ viewport: desktop });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/glossary/recall`);
      await waitForHydration(page);
      const header = page.getByText('又称', { exact: true });
      expect(await header.locator('xpath=..').textContent()).toMatch(/TPR.*查全率.*sensitivity/);
      await page.getByRole('button', { name: '复制链接' }).click();
      await page.getByRole('status').filter({ hasText: '已复制链接' }).waitFor();
      const siteUrl = 'https://ai-pm-handbook.example.com';
      // A named link for rich editors, the bare address for plain text.
      const clipboard = () =>
        page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const read = async (type: string) =>
            item?.types.includes(type) ? (await item.getType(type)).text() : null;
          return { plain: await read('text/plain'), html: await read('text/html') };
        });
      const copied = await clipboard();
      expect(copied.plain).toBe(`${siteUrl}/glossary/recall`);
      expect(copied.html).toContain(`<a href="${siteUrl}/glossary/recall">召回率（Recall）</a>`);
      await page.getByRole('button', { name: '复制 Markdown 链接' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `[召回率（Recall）](${siteUrl}/glossary/recall)`,
      );
      await page.getByText('其他格式').click();
      for (const [format, text] of [
        ['MediaWiki', `[${siteUrl}/glossary/recall 召回率（Recall）]`],
        ['Confluence', `[召回率（Recall）|${siteUrl}/glossary/recall]`],
        ['HTML', `<a href="${siteUrl}/glossary/recall">召回率（Recall）</a>`],
      ] as const) {
        await page.getByRole('button', { name: format, exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `已复制 ${format} 链接` })
          .waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      }
      await page.getByRole('button', { name: '嵌入（iframe）' }).click();
      await page.getByRole('status').filter({ hasText: '已复制嵌入代码' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `<iframe src="${siteUrl}/embed/glossary/recall" title="召回率（Recall）" width="100%" height="240" style="border: 0; max-width: 800px" loading="lazy"></iframe>`,
      );
      expect(await page.locator('#related + ul a').count()).toBeGreaterThan(1);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
        /^在所有真实为正/,
      );
    } finally {
      await context.close();
    }
  });

  it.each([
    ['/glossary/convolutional-neural-network', '/glossary/cnn'],
    ['/glossary/sensitivity', '/glossary/recall'],
    ['/en/glossary/true-positive-rate', '/en/glossary/recall'],
    ['/en/glossary/mean-squared-error', '/en/glossary/mse'],
  ])('alias %s redirects to %s', async (from, to) => {
    const page = await browser().newPage();
    try {
      await page.goto(`${origin}${from}`);
      await page.waitForURL(`${origin}${to}`);
      await waitForHydration(page);
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe('the glossary page', () => {
  const visibleTerms = (page: Page) => page.locator('article li a[href*="/glossary/"]');

  it('narrows the list as the reader types, in either language', async () => {
    const page = await open('/en/glossary');
    const problems = await watchPage(page, origin);
    try {
      const input = page.getByLabel('Filter terms');
      const total = await visibleTerms(page).count();
      expect(total).toBeGreaterThanOrEqual(101);
      for (const [query, expected] of [
        ['TPR', ['Recall']],
        // An alias in the other language, and inside another term's alias (查准率-查全率曲线).
        ['查全率', ['Recall', 'Precision–Recall Curve']],
        ['增强学习', ['Reinforcement Learning']],
        ['均方', ['Mean Squared Error', 'Root Mean Squared Error']],
      ] as const) {
        await input.fill(query);
        // The first letters may come before the rows (fetched on focus) do: until then the list is whole.
        await expect.poll(() => visibleTerms(page).count()).toBe(expected.length);
        expect(await visibleTerms(page).allTextContents()).toEqual(expect.arrayContaining([...expected]));
      }
      expect(new URL(page.url()).searchParams.get('q')).toBe('均方');
      for (const query of ['<script>alert(1)</script>', '$$', '😀'.repeat(500)]) {
        await input.fill(query);
        await page.getByText('No term matches').waitFor();
        expect(await visibleTerms(page).count()).toBe(0);
      }
      expect(await page.locator('script:not([src])').filter({ hasText: 'alert(1)' }).count()).toBe(0);
      await input.fill('');
      expect(await visibleTerms(page).count()).toBe(total);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("keeps the server's rows as it hydrates and imports them only when the reader filters", async () => {
    const page = await browser().newPage({ viewport: desktop });
    const problems = await watchPage(page, origin);
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
    });
    try {
      await page.goto(`${origin}/en/glossary`);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      const total = await visibleTerms(page).count();
      expect(total).toBeGreaterThanOrEqual(101);
      // No script the page loaded holds the rows (an object with the field, not the code that reads it): the list
      // is the server's markup.
      const rowData = (script: string) => /otherSummaries["']?:/.test(script);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter(rowData)).toEqual([]);
      const rows = await visibleTerms(page).elementHandles();
      await page.getByLabel('Filter terms').focus();
      await expect.poll(() => scripts.filter(rowData).length).toBe(1);
      // Focus alone leaves the server's markup in place (the same elements, not a re-render).
      expect(await rows[0]?.evaluate((element) => element.isConnected)).toBe(true);
      await page.getByLabel('Filter terms').fill('TPR');
      await expect.poll(() => visibleTerms(page).allTextContents()).toEqual(['Recall']);
      await page.getByLabel('Filter terms').fill('');
      await expect.poll(() => visibleTerms(page).count()).toBe(total);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await page.close();
    }
  });

  it('says so when the rows cannot be fetched, keeps the list, and tries again as the reader types', async () => {
    const page = await open('/en/glossary');
    try {
      const total = await visibleTerms(page).count();
      await page.route('**/assets/js/**', (route) => route.abort('internetdisconnected'));
      const input = page.getByLabel('Filter terms');
      await input.fill('TPR');
      await page.getByRole('status').filter({ hasText: 'did not load' }).waitFor();
      expect(await visibleTerms(page).count()).toBe(total);
      await page.unrouteAll();
      await input.fill('');
      await input.fill('TPR');
      await expect.poll(() => visibleTerms(page).allTextContents()).toEqual(['Recall']);
      await expect(page.getByRole('status').textContent()).resolves.toBe(`1 of ${total} terms match`);
    } finally {
      await page.close();
    }
  });

  it('filters from ?q= on arrival, and lists every term when reached by a link inside the site', async () => {
    const page = await open('/glossary?q=%E6%9F%A5%E5%85%A8%E7%8E%87');
    const problems = await watchPage(page, origin);
    try {
      // 召回率, and the curve whose name holds 查全率 (as on /en/glossary above).
      await expect.poll(() => visibleTerms(page).count()).toBe(2);
      expect(await visibleTerms(page).allTextContents()).toContain('召回率');
      expect(await page.getByLabel('筛选术语').inputValue()).toBe('查全率');
      // From the home page's button, without a page load: no server markup to keep, so the rows are imported.
      await page.goto(`${origin}/`);
      await waitForHydration(page);
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });
      await page.locator('main a[href="/glossary"]').first().click();
      await page.waitForURL(`${origin}/glossary`);
      await expect.poll(() => visibleTerms(page).count()).toBeGreaterThanOrEqual(101);
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
      expect(await page.locator('article h2').count()).toBeGreaterThan(1);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is a full list without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/glossary`);
      expect(await visibleTerms(page).count()).toBeGreaterThanOrEqual(43);
      expect((await page.locator('article h2').allTextContents()).join('|')).toMatch(
        /模型评估.*\|.*产品方法/,
      );
    } finally {
      await context.close();
    }
  });
});

describe('/glossary.json', () => {
  it('lists every term with URLs that resolve in both locales', async () => {
    const response = await fetch(`${origin}/glossary.json`);
    expect(response.status).toBe(200);
    const feed = (await response.json()) as {
      version: number;
      terms: { id: string; url: Record<'zh-Hans' | 'en', string>; name: Record<string, string> }[];
    };
    expect(feed.version).toBe(1);
    expect(schemaProblems(await servedSchema('glossary-feed.v1.json'), '/glossary.json', feed)).toEqual([]);
    expect(feed.terms.length).toBeGreaterThanOrEqual(101);
    const urls = feed.terms.flatMap((term) => [term.url['zh-Hans'], term.url.en]);
    expect(urls.every((url) => url.startsWith('https://ai-pm-handbook.example.com/'))).toBe(true);
    const statuses = await Promise.all(
      urls.map(async (url) => {
        const local = `${origin}${new URL(url).pathname}`;
        return `${new URL(url).pathname} ${(await fetch(local)).status}`;
      }),
    );
    expect(statuses.filter((status) => !status.endsWith(' 200'))).toEqual([]);
  });
});

describe('what a tool that unfurls a pasted term link reads (static HTML and JSON, no JavaScript)', () => {
  interface Feed {
    terms: { id: string; name: Record<string, string> }[];
  }
  const locales = [
    { prefix: '', lang: 'zh-Hans', ogLocale: 'zh_CN', ogAlternate: 'en_US' },
    { prefix: '/en', lang: 'en', ogLocale: 'en_US', ogAlternate: 'zh_CN' },
  ];
  const metaContent = (html: string, key: string) =>
    [...html.matchAll(/<meta[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => new RegExp(`(?:property|name)="?${key.replaceAll(':', '\\:')}"?[\\s/>]`).test(tag))
      .map((tag) => /content=(?:"([^"]*)"|([^\s>]+))/.exec(tag)?.slice(1).find(Boolean) ?? '');

  it.each(locales)(
    '$prefix/glossary/<slug>: JSON-LD DefinedTerm, Open Graph locale and type, labels, oEmbed link and last-updated date for every term',
    async ({ prefix, lang, ogLocale, ogAlternate }) => {
      const feed = (await (await fetch(`${origin}/glossary.json`)).json()) as Feed;
      const problems: string[] = [];
      await Promise.all(
        feed.terms.map(async ({ id, name }) => {
          const pageUrl = `https://ai-pm-handbook.example.com${prefix}/glossary/${id}`;
          const html = await (await fetch(`${origin}${prefix}/glossary/${id}`)).text();
          const blocks = [
            ...html.matchAll(/<script[^>]*\stype="?application\/ld\+json"?>([^<]*)<\/script>/g),
          ].map(([, json]) => JSON.parse(json ?? '') as Record<string, unknown>);
          const term = blocks.find((block) => block['@type'] === 'DefinedTerm');
          if (!term) return void problems.push(`${id}: no DefinedTerm`);
          const set = term.inDefinedTermSet as Record<string, unknown> | undefined;
          const expected = {
            name: name[lang],
            url: pageUrl,
            inLanguage: lang,
            setType: 'DefinedTermSet',
            setId: `https://ai-pm-handbook.example.com${prefix}/glossary`,
          };
          const actual = {
            name: term.name,
            url: term.url,
            inLanguage: term.inLanguage,
            setType: set?.['@type'],
            setId: set?.['@id'],
          };
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            problems.push(`${id}: DefinedTerm ${JSON.stringify(actual)}`);
          const otherName = name[lang === 'en' ? 'zh-Hans' : 'en'];
          if (!(term.alternateName as string[]).includes(otherName ?? ''))
            problems.push(`${id}: alternateName lacks ${otherName}`);
          // When the term last changed, from git, shown on the page.
          if (!/<time[^>]*datetime="?\d{4}-\d\d-\d\dT[^>]*itemprop="?dateModified/.test(html))
            problems.push(`${id}: no last-updated date`);
          if (!blocks.some((block) => block['@type'] === 'BreadcrumbList'))
            problems.push(`${id}: no BreadcrumbList`);
          const og = [
            metaContent(html, 'og:locale'),
            metaContent(html, 'og:locale:alternate'),
            metaContent(html, 'og:type'),
          ];
          if (JSON.stringify(og) !== JSON.stringify([[ogLocale], [ogAlternate], ['article']]))
            problems.push(`${id}: og:locale, alternate, type ${JSON.stringify(og)}`);
          if (
            metaContent(html, 'twitter:data1')[0] === undefined ||
            metaContent(html, 'twitter:data2').length !== 1
          )
            problems.push(`${id}: no twitter:data1/data2 labels`);
          const oembedHref = /<link[^>]*type="?application\/json\+oembed"?[^>]*href="?([^"\s>]+)/.exec(
            html,
          )?.[1];
          if (oembedHref !== `${pageUrl}.oembed.json`)
            problems.push(`${id}: oEmbed link ${String(oembedHref)}`);
        }),
      );
      expect(problems).toEqual([]);
    },
  );

  it('every alias URL, on a host without the 301s, is a page in its language that unfurls as its term', async () => {
    const buildDir = path.resolve(__dirname, '../../build');
    const map = readFileSync(path.join(buildDir, '.nginx/redirects.map'), 'utf8');
    const pairs = [...map.matchAll(/^"([^"]+)" "([^"]+)";$/gm)].map(([, from, to]) => ({ from, to }));
    expect(pairs.length).toBeGreaterThan(400);
    const titles = new Map<string, string>();
    const targetHtml = new Map<string, string>();
    const problems: string[] = [];
    for (const { from = '', to = '' } of pairs) {
      const html = readFileSync(path.join(buildDir, `${from.slice(1)}.html`), 'utf8');
      const lang = from.startsWith('/en/') ? 'en' : 'zh-Hans';
      if (!titles.has(to)) {
        const target = await (await fetch(`${origin}${to}`)).text();
        targetHtml.set(to, target);
        // The alias page's og:title is the term page's own, site name included.
        titles.set(to, metaContent(target, 'og:title')[0] ?? '');
      }
      const checks = {
        lang: new RegExp(`<html lang="${lang}">`).test(html),
        title: html.includes(`<title>${titles.get(to) ?? '?'}</title>`),
        canonical: html.includes(`<link rel="canonical" href="https://ai-pm-handbook.example.com${to}"/>`),
        ogTitle: metaContent(html, 'og:title')[0] === titles.get(to),
        ogImage: metaContent(html, 'og:image')[0] === metaContent(targetHtml.get(to) ?? '', 'og:image')[0],
        ogLocale: metaContent(html, 'og:locale')[0] === (lang === 'en' ? 'en_US' : 'zh_CN'),
        description: (metaContent(html, 'description')[0] ?? '').length > 10,
        refresh: html.includes(`<meta http-equiv="refresh" content="0; url=${to}"/>`),
        link: html.includes(`<a href="${to}">`),
      };
      const failed = Object.entries(checks).filter(([, ok]) => !ok);
      if (failed.length > 0) problems.push(`${from}: ${failed.map(([name]) => name).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(locales)(
    "$prefix/glossary/<slug>.json and .oembed.json: every term's data, valid against the served schemas, readable from any origin",
    async ({ prefix, lang }) => {
      const feed = (await (await fetch(`${origin}/glossary.json`)).json()) as Feed;
      const [termSchema, oembedSchema] = await Promise.all([
        servedSchema('glossary-term.v1.json'),
        servedSchema('oembed-link.json'),
      ]);
      const problems: string[] = [];
      await Promise.all(
        feed.terms.map(async ({ id, name }) => {
          const response = await fetch(`${origin}${prefix}/glossary/${id}.json`, {
            headers: { Origin: 'https://wiki.example' },
          });
          if (response.status !== 200) return void problems.push(`${id}.json: ${response.status}`);
          if (response.headers.get('access-control-allow-origin') !== '*')
            problems.push(`${id}.json: no CORS`);
          const data = (await response.json()) as Record<string, unknown>;
          problems.push(...schemaProblems(termSchema, `${prefix}/glossary/${id}.json`, data));
          const urls = data.urls as Record<string, string>;
          if (
            data.version !== 1 ||
            data.type !== 'glossary-term' ||
            data.id !== id ||
            data.lang !== lang ||
            data.name !== name[lang] ||
            JSON.stringify(data.names) !== JSON.stringify(name) ||
            urls['zh-Hans'] !== `https://ai-pm-handbook.example.com/glossary/${id}` ||
            urls.en !== `https://ai-pm-handbook.example.com/en/glossary/${id}` ||
            typeof data.summary !== 'string' ||
            !/^\d{4}-\d\d-\d\dT/.test(String(data.lastModified))
          )
            problems.push(`${id}.json: ${JSON.stringify(data).slice(0, 200)}`);
          const oembed = (await (
            await fetch(`${origin}${prefix}/glossary/${id}.oembed.json`)
          ).json()) as Record<string, unknown>;
          problems.push(...schemaProblems(oembedSchema, `${prefix}/glossary/${id}.oembed.json`, oembed));
          if (oembed.version !== '1.0' || oembed.type !== 'link' || oembed.title !== data.title)
            problems.push(`${id}.oembed.json: ${JSON.stringify(oembed)}`);
        }),
      );
      expect(problems).toEqual([]);
      // Other responses stay same-origin.
      const page = await fetch(`${origin}${prefix}/glossary/recall`, {
        headers: { Origin: 'https://wiki.example' },
      });
      expect(page.headers.get('access-control-allow-origin')).toBeNull();
      const feedResponse = await fetch(`${origin}/glossary.json`);
      expect(feedResponse.headers.get('access-control-allow-origin')).toBe('*');
    },
  );
});

describe('on a phone', () => {
  it.each(['/glossary/recall', '/en/glossary/cnn', '/en/glossary', '/link-and-embed'])(
    '%s does not scroll sideways',
    async (pathname) => {
      const page = await open(pathname, {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      try {
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(widths[0]).toBeLessThanOrEqual(390);
        expect(widths[1]).toBe(390);
      } finally {
        await page.close();
      }
    },
  );
});
