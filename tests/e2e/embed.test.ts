import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { policyOfNginxHeaders } from '../../scripts/deploy/contentSecurityPolicy.mjs';
import { accessibilityViolations, sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

// The embeddable term cards, served by nginx with deploy/nginx as deployed: their content, their accessibility,
// and who may frame them (and every other page).
const origin = siteOrigin();
const root = path.resolve(__dirname, '../..');
const browser = sharedBrowser();

/** The terms as the build's feed lists them: the names and summaries each card must show. */
const { terms } = JSON.parse(readFileSync(path.join(root, 'build/glossary.json'), 'utf8')) as {
  terms: { id: string; name: Record<string, string>; summary: Record<string, string> }[];
};
const locales = [
  { locale: 'zh-Hans', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;

/** The wiki origins deploy/nginx/embed-origins.conf lets frame the cards. */
const embedOrigins = ((): string[] => {
  const file = 'deploy/nginx/embed-origins.conf';
  const value = /^\s*default\s+"([^"]+)";/m.exec(readFileSync(path.join(root, file), 'utf8'))?.[1];
  if (!value) throw new Error(`${file}: expected a line \`default "<origins>";\` in its map`);
  return value.split(/\s+/);
})();

/** Text as React writes it into HTML. */
const escaped = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

const frameAncestors = (headers: Headers) =>
  policyOfNginxHeaders(
    `add_header Content-Security-Policy "${headers.get('content-security-policy') ?? ''}";`,
    'response',
  ).get('frame-ancestors');

describe('embeddable term cards', () => {
  it.each(locales)(
    "every term's card answers 200 in $locale with its name and summary, no script, and may be framed by the wikis",
    async ({ locale, prefix }) => {
      const problems: string[] = [];
      await Promise.all(
        terms.map(async (term) => {
          const pathname = `${prefix}/embed/glossary/${term.id}`;
          const response = await fetch(`${origin}${pathname}`, { redirect: 'manual' });
          const html = await response.text();
          const name = term.name[locale] ?? '';
          const summary = term.summary[locale] ?? '';
          if (response.status !== 200) problems.push(`${pathname}: HTTP ${response.status}`);
          if (!html.includes(`<h1 class="card-name">${escaped(name)}</h1>`))
            problems.push(`${pathname}: no name`);
          if (!html.includes(`<p class="card-summary">${escaped(summary)}</p>`))
            problems.push(`${pathname}: no summary`);
          if (/<script/i.test(html)) problems.push(`${pathname}: has a script`);
          if (!html.includes(`<html lang="${locale}">`)) problems.push(`${pathname}: not lang ${locale}`);
          const ancestors = frameAncestors(response.headers);
          if (JSON.stringify(ancestors) !== JSON.stringify(["'self'", ...embedOrigins]))
            problems.push(`${pathname}: frame-ancestors ${ancestors?.join(' ')}`);
          if (response.headers.has('x-frame-options')) problems.push(`${pathname}: sends X-Frame-Options`);
        }),
      );
      expect(terms.length).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    },
  );

  it('answers an unknown card with its locale’s 404 page, which refuses framing', async () => {
    for (const [pathname, lang] of [
      ['/embed/glossary/no-such-term', 'zh-Hans'],
      ['/en/embed/glossary/no-such-term', 'en'],
    ] as const) {
      const response = await fetch(`${origin}${pathname}`);
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).toMatch(new RegExp(`<html lang="?${lang}"?[\\s>]`));
      expect(frameAncestors(response.headers), pathname).toEqual(["'self'"]);
      expect(response.headers.get('x-frame-options'), pathname).toBe('SAMEORIGIN');
    }
  });

  it.each(['/embed/glossary/recall', '/en/embed/glossary/cnn'])(
    '%s has no axe violation in light and dark, loads nothing but its stylesheet and logo, and fits 280 px',
    async (pathname) => {
      const page = await browser().newPage({ viewport: { width: 280, height: 240 } });
      try {
        const problems = await watchPage(page, origin);
        const requests: string[] = [];
        page.on('request', (request) => requests.push(new URL(request.url()).pathname));
        await page.goto(`${origin}${pathname}`);
        const prefix = pathname.startsWith('/en/') ? '/en' : '';
        expect(requests.sort()).toEqual(
          [pathname, `${prefix}/embed/card.css`, `${prefix}/img/logo.svg`].sort(),
        );
        // The stylesheet applies (the Content-Security-Policy allows it): the card's accent border.
        const accent = () => page.locator('.card').evaluate((card) => getComputedStyle(card).borderLeftColor);
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(await accent()).toBe('rgb(26, 95, 180)');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
        const light = await accessibilityViolations(page);
        const lightBackground = await background();

        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await accent()).toBe('rgb(120, 174, 237)');
        expect(await background()).not.toBe(lightBackground);
        const dark = await accessibilityViolations(page);
        expect([...light.map((v) => `light ${v}`), ...dark.map((v) => `dark ${v}`)]).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await page.close();
      }
    },
  );

  it('shows the whole card without scrolling in a 800 × 240 frame', async () => {
    const page = await browser().newPage({ viewport: { width: 800, height: 240 } });
    try {
      await page.goto(`${origin}/embed/glossary/recall`);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(240);
    } finally {
      await page.close();
    }
  });
});

describe('framing', () => {
  // Wikis and the site are HTTPS origins (a wiki on https cannot frame http: mixed content). Playwright answers
  // for them: the site's address is fetched from nginx, so the browser sees nginx's real headers.
  const site = 'https://handbook.test';
  const allowedWiki = 'https://acme.feishu.cn/wiki/term';
  const otherSite = 'https://evil.example/';

  /** Opens `host`, a page that frames `framed` (a path of the site), and says what the frame shows. */
  async function frame(host: string, framed: string): Promise<{ text: string; refusals: string[] }> {
    const page: Page = await browser().newPage();
    try {
      const refusals: string[] = [];
      page.on('console', (message) => {
        if (/frame-ancestors|X-Frame-Options/.test(message.text())) refusals.push(message.text());
      });
      await page.route(`${site}/**`, async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch({ url: `${origin}${url.pathname}${url.search}` });
        await route.fulfill({ response });
      });
      await page.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!DOCTYPE html><html lang="en"><title>Wiki</title><iframe src="${site}${framed}" title="term" width="600" height="240"></iframe></html>`,
        }),
      );
      await page.goto(host);
      const child = page.frames().find((each) => each !== page.mainFrame());
      if (!child) throw new Error(`${host}: the iframe of ${framed} is missing`);
      // A refused frame shows the browser's error page instead of the card.
      const text = await child
        .locator('body')
        .innerText({ timeout: 5_000 })
        .catch(() => '');
      return { text, refusals };
    } finally {
      await page.close();
    }
  }

  it('shows the card inside a page of an allowed wiki', async () => {
    const { text, refusals } = await frame(allowedWiki, '/embed/glossary/recall');
    expect(text).toContain('召回率');
    expect(text).toContain('阅读完整词条');
    expect(refusals).toEqual([]);
  });

  it('refuses the card inside a page of any other site', async () => {
    const { text, refusals } = await frame(otherSite, '/en/embed/glossary/recall');
    expect(text).not.toContain('Recall');
    expect(refusals.join('\n')).toMatch(/frame-ancestors/);
  });

  it.each(['/glossary/recall', '/en/link-and-embed'])(
    'refuses %s, as every other page, even inside a page of an allowed wiki',
    async (pathname) => {
      const { text, refusals } = await frame(allowedWiki, pathname);
      expect(text).not.toMatch(/召回率|Recall|Link and embed/);
      expect(refusals.join('\n')).toMatch(/frame-ancestors/);
    },
  );

  it('lets the site frame its own cards: the live card on the "Link and embed" page', async () => {
    const page = await browser().newPage();
    try {
      const problems = await watchPage(page, origin);
      await page.goto(`${origin}/en/link-and-embed#embed-a-term-card`);
      await waitForHydration(page);
      const card = page.frameLocator('iframe[title="Recall (召回率)"]');
      expect(await card.locator('h1').innerText()).toBe('Recall');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await page.close();
    }
  });
});
