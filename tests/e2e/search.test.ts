import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import { sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';
import { searchQueries } from './searchQueries';

const origin = siteOrigin();

const browser = sharedBrowser();

/** The result links of the full search page, in order, without their query string and anchor. */
async function resultsPage(page: Page, prefix: string, query: string): Promise<string[]> {
  await page.goto(`${origin}${prefix}/search?q=${encodeURIComponent(query)}`);
  await waitForHydration(page);
  const results = page.locator('article[class*="searchResultItem"] h2 a');
  await results.first().waitFor({ timeout: 15_000 });
  return (await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(
    (href) => href.replace(/[?#].*$/, ''),
  );
}

const cases = [
  ...searchQueries.map((entry) => ({ ...entry, prefix: '' })),
  ...searchQueries.filter((entry) => !entry.zhOnly).map((entry) => ({ ...entry, prefix: '/en' })),
];

describe('every query finds its page first', () => {
  it('has a real query set', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(40);
  });

  // One page per locale, reused: the index is fetched once per locale, as in a reader's session.
  const pages = new Map<string, Promise<Page>>();
  const pageFor = (prefix: string) => {
    if (!pages.has(prefix)) pages.set(prefix, browser().newPage());
    return pages.get(prefix) as Promise<Page>;
  };
  afterAll(async () => {
    for (const page of pages.values()) await (await page).close();
  });

  it.each(cases)('$prefix $query → $first', async ({ prefix, query, first }) => {
    const results = await resultsPage(await pageFor(prefix), prefix, query);
    expect(results[0]).toBe(`${prefix}${first}`);
  });
});

describe('the navbar search box', () => {
  it('opens with Ctrl+K and with /, suggests the term first, and highlights the words on the page it opens', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await watchPage(page, origin);
    try {
      await page.goto(`${origin}/intro`);
      await waitForHydration(page);
      const input = page.locator('input.navbar__search-input');
      const indexFetched = page.waitForResponse(/search-index\.json/);
      await page.keyboard.press('Control+k');
      await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
      // The plugin's box focuses itself again once its index has loaded, even if the reader has left it meanwhile
      // (noted in the README); let it settle before testing `/` from outside the box.
      await indexFetched;
      await page.waitForFunction(
        () => !document.querySelector('.navbar__search[class*="searchIndexLoading"]'),
      );
      await input.evaluate((element: HTMLInputElement) => element.blur());
      await page.keyboard.press('/');
      await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await input.inputValue()).toBe('');

      await input.fill('查全率');
      const first = page.locator('[role="listbox"] [role="option"]').first();
      await first.waitFor();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/glossary\/recall/);
      await waitForHydration(page);
      await page.locator('article mark').first().waitFor();
      expect((await page.locator('article mark').allTextContents()).join(' ')).toContain('查全率');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works on a phone', async () => {
    const page = await browser().newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      await page.goto(`${origin}/en/glossary`);
      await waitForHydration(page);
      const input = page.locator('input.navbar__search-input');
      await input.tap();
      await input.fill('recall');
      await page.locator('[role="listbox"] [role="option"]').first().waitFor();
      const box = await page.locator('[role="listbox"]').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  });
});

describe('nonsense queries show nothing, never an error or injected markup', () => {
  const hostile = [
    '<script>window.__searchXss = 1</script>',
    '<img src=x onerror="window.__searchXss=1">',
    '$$',
    '😀'.repeat(500),
    'a'.repeat(500),
    '   ',
  ];
  it.each(hostile.flatMap((query) => ['', '/en'].map((prefix) => ({ prefix, query }))))(
    '$prefix/search?q=$query',
    async ({ prefix, query }) => {
      const page = await browser().newPage();
      const problems = await watchPage(page, origin);
      try {
        await page.goto(`${origin}${prefix}/search?q=${encodeURIComponent(query)}`);
        await waitForHydration(page);
        await page.waitForTimeout(300);
        await page.waitForLoadState('networkidle');
        expect(await page.locator('article[class*="searchResultItem"]').count()).toBe(0);
        expect(
          await page.evaluate(() => (window as unknown as { __searchXss?: number }).__searchXss),
        ).toBeUndefined();
        expect(await page.locator('main img[src="x"]').count()).toBe(0);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
