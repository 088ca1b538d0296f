import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { searchInput, sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

const origin = siteOrigin();
const desktop = { width: 1280, height: 800 };

const browser = sharedBrowser();

/** Strings only Prism's code, and only the search box's code (mark.js, the plugin's autocomplete), contain. */
const prismMarker = 'after-tokenize';
const searchMarkers = ['data-markjs', 'autocomplete:selected'];

/** Collects the text of every script the page loads from now on. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.text().then(
      (text) => scripts.push(text),
      () => undefined, // a script still loading when the page closes
    );
  });
  return scripts;
}

const hasAny = (scripts: readonly string[], markers: readonly string[]) =>
  scripts.some((script) => markers.some((marker) => script.includes(marker)));

describe('no Prism in the browser for Markdown code', () => {
  it.each(['/', '/intro', '/glossary/recall', '/en/glossary/cnn', '/metrics/classification'])(
    '%s loads no Prism and no search code',
    async (pathname) => {
      const page = await browser().newPage({ viewport: desktop });
      try {
        const scripts = recordScripts(page);
        await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        expect(scripts.length).toBeGreaterThan(0);
        expect(hasAny(scripts, [prismMarker]), 'Prism loaded').toBe(false);
        expect(hasAny(scripts, searchMarkers), 'search code loaded').toBe(false);
      } finally {
        await page.close();
      }
    },
  );

  it.each(['', '/en'])(
    '%s/link-and-embed: highlighted by the build, hydrated without Prism, in both modes, with a working copy button',
    async (prefix) => {
      const context = await browser().newContext({ viewport: desktop });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = await context.newPage();
      try {
        const problems = await watchPage(page, origin);
        const html = await (await page.request.get(`${origin}${prefix}/link-and-embed`)).text();
        // Highlighted inline: no Suspense boundary streamed as a plain fallback plus a script that swaps it in.
        expect(html).toMatch(/<pre[^>]*prism-code[^>]*><code[^>]*>.*?<span class="?token /s);
        expect(html).not.toContain('<!--$?-->');

        const scripts = recordScripts(page);
        await page.goto(`${origin}${prefix}/link-and-embed`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        expect(hasAny(scripts, [prismMarker]), 'Prism loaded').toBe(false);
        // The MediaWiki interwiki row (SQL), the embed card's iframe (HTML), the feed and a term's JSON, and two shell
        // examples (jq, llms.txt).
        expect(await page.locator('.theme-code-block').count()).toBe(6);
        // JSON is highlighted; SQL and bash are not among prism-react-renderer's languages (nor were they before), so
        // they are not checked.
        const json = page.locator('.theme-code-block.language-json').first();
        expect(await json.locator('.token:not(.plain)').count()).toBeGreaterThan(10);
        const lightBackground = await page
          .locator('pre.prism-code')
          .first()
          .evaluate((pre) => getComputedStyle(pre).backgroundColor);

        await json.hover();
        await json
          .getByRole('button', { name: prefix ? 'Copy code to clipboard' : '复制代码到剪贴板' })
          .click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain('"terms": [');
        const shown = await json.locator('pre').innerText();
        expect(copied.replace(/\s+/g, ' ').trim()).toBe(shown.replace(/\s+/g, ' ').trim());

        await page.goto(`${origin}${prefix}/link-and-embed?docusaurus-theme=dark`, {
          waitUntil: 'networkidle',
        });
        await waitForHydration(page);
        const darkBackground = await page
          .locator('pre.prism-code')
          .first()
          .evaluate((pre) => getComputedStyle(pre).backgroundColor);
        expect(darkBackground).not.toBe(lightBackground);
        expect(await page.locator('.theme-code-block .token:not(.plain)').count()).toBeGreaterThan(0);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await context.close();
      }
    },
  );
});

describe('search code on demand', () => {
  it('loads when the reader hovers the search box', async () => {
    const page = await browser().newPage({ viewport: desktop });
    try {
      const scripts = recordScripts(page);
      await page.goto(`${origin}/intro`, { waitUntil: 'networkidle' });
      await waitForHydration(page);
      expect(hasAny(scripts, searchMarkers)).toBe(false);
      await searchInput(page).hover();
      await expect.poll(() => hasAny(scripts, searchMarkers)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each([
    { key: '/', prefix: '' },
    { key: 'Control+k', prefix: '/en' },
  ])(
    'keeps every key typed after $key while the search code is still on its way',
    async ({ key, prefix }) => {
      const page = await browser().newPage({ viewport: desktop });
      try {
        const problems = await watchPage(page, origin);
        // Scripts requested once the page is idle are held back until the test lets them through.
        let holding = false;
        const held: Route[] = [];
        await page.route('**/assets/js/**', (route) => (holding ? void held.push(route) : route.fallback()));
        await page.goto(`${origin}${prefix}/intro`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        holding = true;

        await page.keyboard.press(key);
        await page.keyboard.type('recall');
        const input = searchInput(page);
        expect(await input.inputValue()).toBe('recall');
        await expect.poll(() => held.length).toBeGreaterThan(0);

        holding = false;
        for (const route of held.splice(0)) await route.fallback();
        // The real box took over the text and the focus, suggests for that text, and the reader keeps typing into it.
        const first = page.locator('[role="listbox"] [role="option"]').first();
        await first.waitFor();
        expect(await input.inputValue()).toBe('recall');
        expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
        await expect.poll(() => first.textContent()).toMatch(/召回率|Recall/);
        await page.keyboard.type(' rate');
        expect(await input.inputValue()).toBe('recall rate');
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await page.close();
      }
    },
  );

  it('loads on a page opened from a search result, to mark the words searched for', async () => {
    const page = await browser().newPage({ viewport: desktop });
    try {
      await page.goto(`${origin}/glossary/recall?_highlight=${encodeURIComponent('查全率')}`);
      await waitForHydration(page);
      await page.locator('article mark').first().waitFor();
      expect(await page.locator('article mark').allTextContents()).toContain('查全率');
    } finally {
      await page.close();
    }
  });
});
