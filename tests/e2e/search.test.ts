import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { loadSiteGlossary } from '../../docusaurus.config';
import { searchKeywords } from '../../src/lib/glossary/names';

import { searchInput, sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';
import { searchQueries } from './searchQueries';

const origin = siteOrigin();

const browser = sharedBrowser();

/**
 * Time allowed for one locale's run of many queries through one page: the glossary's names are about a thousand per
 * locale, at about a tenth of a second each on a 2-core machine (the results page asks for up to 100 results).
 */
const timeout = 600_000;

/**
 * Runs queries through the box of one loaded `/search` page, as a reader refining a query would, and returns the
 * first result of each (its path, without query string and anchor), or null when there is none. The loop runs in the
 * page: a few hundred queries take seconds, not a navigation each.
 */
async function firstResults(
  page: Page,
  prefix: string,
  queries: readonly string[],
): Promise<Map<string, string | null>> {
  await page.goto(`${origin}${prefix}/search`);
  await waitForHydration(page);
  const firsts = await page.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"][name="q"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!box || !setValue) throw new Error('the search page has no search box');
    const type = (text: string) => {
      setValue.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // The line under the box that counts the results ("3 documents found", "No documents were found"): there once
    // the worker has answered, gone while the box is empty.
    const answered = () => document.querySelector('.container > p') !== null;
    const until = async (done: () => boolean, what: string) => {
      const started = performance.now();
      while (!done()) {
        if (performance.now() - started > 15_000) throw new Error(`search page: ${what} took over 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const out: [string, string | null][] = [];
    for (const query of queries) {
      type('');
      await until(() => !answered(), 'emptying the box');
      type(query);
      await until(answered, `answering "${query}"`);
      const href =
        document.querySelector('article[class*="searchResultItem"] h2 a')?.getAttribute('href') ?? null;
      out.push([query, href === null ? null : href.replace(/[?#].*$/, '')]);
    }
    return out;
  }, queries);
  return new Map(firsts);
}

describe('every query finds its page first', () => {
  it('has a real query set', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(40);
  });

  it.each(['', '/en'])(
    'on %s/',
    async (prefix) => {
      const cases = searchQueries.filter((entry) => prefix === '' || !entry.zhOnly);
      const page = await browser().newPage();
      try {
        const firsts = await firstResults(
          page,
          prefix,
          cases.map((entry) => entry.query),
        );
        const misses = cases
          .filter(({ query, first }) => firsts.get(query) !== `${prefix}${first}`)
          .map(
            ({ query, first }) => `${query} → ${firsts.get(query) ?? 'nothing'} (expected ${prefix}${first})`,
          );
        expect(misses).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );
});

describe('every name of every glossary term finds the term first', () => {
  // Generated from the glossary itself: each name, other-language name, abbreviation and alias, in every locale,
  // searched on each locale's site.
  const locales = [
    { locale: 'zh-Hans', prefix: '' },
    { locale: 'en', prefix: '/en' },
  ];

  it.each(locales)(
    'on $prefix/',
    async ({ locale, prefix }) => {
      const glossary = await loadSiteGlossary();
      const expected = new Map<string, Set<string>>();
      for (const term of glossary.terms) {
        for (const name of searchKeywords(term, locale, glossary.paths.locales)) {
          const pages = expected.get(name) ?? new Set<string>();
          pages.add(`${prefix}${glossary.paths.route}/${term.id}`);
          expected.set(name, pages);
        }
      }
      expect(expected.size).toBeGreaterThan(glossary.terms.length * 3);
      const page = await browser().newPage();
      try {
        const firsts = await firstResults(page, prefix, [...expected.keys()]);
        const misses = [...expected]
          .filter(([name, pages]) => !pages.has(firsts.get(name) ?? ''))
          .map(
            ([name, pages]) =>
              `${name} → ${firsts.get(name) ?? 'nothing'} (expected ${[...pages].join(' or ')})`,
          );
        expect(misses).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );
});

describe('the navbar search box', () => {
  it('opens with Ctrl+K and with /, suggests the term first, and highlights the words on the page it opens', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await watchPage(page, origin);
    try {
      await page.goto(`${origin}/intro`);
      await waitForHydration(page);
      const input = searchInput(page);
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
      const options = page.locator('[role="listbox"] [role="option"]');
      await options.first().waitFor();
      // The arrow keys move the selection through the suggestions (the input names the selected one); Enter opens it.
      const selected = () =>
        page.evaluate(() => {
          const active = document.activeElement?.getAttribute('aria-activedescendant');
          const all = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
          return all.findIndex(
            (option) => option.id === active && option.getAttribute('aria-selected') === 'true',
          );
        });
      expect(await options.count()).toBeGreaterThan(1);
      expect(await selected()).toBe(0);
      await page.keyboard.press('ArrowDown');
      await expect.poll(selected).toBe(1);
      await page.keyboard.press('ArrowUp');
      await expect.poll(selected).toBe(0);
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
      const input = searchInput(page);
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
