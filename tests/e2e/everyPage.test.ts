import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { accessibilityViolations, sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';
import { allSitePaths } from './sitemap';

const origin = siteOrigin();
const paths = await allSitePaths(origin);

/** What a page shows about its locale, its math and its alternates, read in the browser. */
interface PageFacts {
  readonly lang: string;
  readonly alternates: Record<string, string>;
  readonly katexCount: number;
  readonly katexErrors: number;
  readonly unrenderedMath: string[];
  readonly katexFontFamily: string | null;
  readonly chromeText: string;
}

async function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const alternates: Record<string, string> = {};
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')) {
      alternates[link.hreflang] = new URL(link.href).pathname;
    }
    const article = document.querySelector('main') ?? document.body;
    // Text nodes outside rendered math and code that still hold TeX mean a formula was not rendered.
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const unrenderedMath: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.katex, pre, code')) continue;
      const text = node.textContent ?? '';
      if (/\$\$|\\(?:frac|sum|text|hat|sqrt)\b/.test(text)) unrenderedMath.push(text.trim().slice(0, 80));
    }
    const firstMath = document.querySelector('.katex');
    // Navbar and footer as a reader sees them, without the list of locales (which names each in its own language).
    const chrome = [...document.querySelectorAll('.navbar, .footer')].map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.dropdown__menu').forEach((menu) => menu.remove());
      return copy.textContent ?? '';
    });
    return {
      lang: document.documentElement.lang,
      alternates,
      katexCount: document.querySelectorAll('.katex').length,
      katexErrors: document.querySelectorAll('.katex-error').length,
      unrenderedMath,
      katexFontFamily: firstMath ? getComputedStyle(firstMath).fontFamily : null,
      chromeText: chrome.join(' '),
    };
  });
}

/** The zh-Hans path a page of either locale corresponds to. */
const zhPathOf = (pathname: string): string =>
  pathname.startsWith('/en/') ? pathname.slice(3) : pathname === '/en' ? '/' : pathname;

describe.concurrent('every page in both sitemaps', () => {
  const browser = sharedBrowser();

  it('lists pages of both locales', () => {
    expect(paths.filter((p) => p.startsWith('/en')).length).toBeGreaterThan(3);
    expect(paths.filter((p) => !p.startsWith('/en')).length).toBeGreaterThan(3);
  });

  it.each(paths)(
    '%s loads cleanly, in its language, with rendered math and no accessibility violation',
    async (pathname) => {
      const context = await browser().newContext({ colorScheme: 'light' });
      const page = await context.newPage();
      try {
        const problems = await watchPage(page, origin);
        const response = await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
        expect(response?.status(), 'HTTP status').toBe(200);
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');
        const facts = await readFacts(page);

        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        const english = pathname === '/en' || pathname.startsWith('/en/');
        expect(facts.lang).toBe(english ? 'en' : 'zh-Hans');
        if (english) expect(facts.chromeText, 'untranslated navbar or footer').not.toMatch(/\p{Script=Han}/u);
        const zhPath = zhPathOf(pathname);
        expect(facts.alternates['zh-Hans']).toBe(zhPath);
        expect(facts.alternates.en).toBe(zhPath === '/' ? '/en/' : `/en${zhPath}`);
        expect(facts.alternates['x-default']).toBe(zhPath);
        expect(facts.katexErrors, 'katex-error elements').toBe(0);
        expect(facts.unrenderedMath, 'TeX left as text').toEqual([]);
        if (facts.katexCount > 0) expect(facts.katexFontFamily).toContain('KaTeX_Main');

        // Accessibility, in both colour modes: axe-core, WCAG 2.0–2.2 A and AA plus best practices in light mode,
        // and again the rules that depend on colours in dark mode.
        const light = await accessibilityViolations(page);
        // Dark mode as a reader whose system turns dark gets it (respectPrefersColorScheme): the page follows the
        // media query, React-driven parts such as code blocks re-render dark; then a fresh axe run. The same page
        // is reused rather than loaded again with ?docusaurus-theme=dark, which halves the time of this file.
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
        // Two frames: React commits the re-render, the browser paints it.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const dark = await accessibilityViolations(page, { coloursOnly: true });
        expect([...light.map((v) => `light ${v}`), ...dark.map((v) => `dark ${v}`)]).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
