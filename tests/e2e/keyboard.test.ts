import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { sharedBrowser, siteOrigin, waitForHydration } from './browser';

const origin = siteOrigin();
const browser = sharedBrowser();

/** What the focused element is, and whether it shows a focus indicator (outline or box shadow). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    return {
      name: `${element.tagName.toLowerCase()} ${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`,
      visible: outlined || shadowed,
    };
  });
}

describe('keyboard', () => {
  it.each(['/', '/glossary/recall', '/en/metrics/classification'])(
    '%s: the first Tab reaches a skip link, and after it the next Tab is in the content',
    async (pathname) => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(`${origin}${pathname}`);
        await waitForHydration(page);
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        expect(skip?.name).toMatch(/跳到主要内容|Skip to main content/);
        await page.keyboard.press('Enter');
        // The skip link moves the sequential focus starting point: the next Tab lands in the content, not the navbar.
        await page.keyboard.press('Tab');
        const target = await page.evaluate(
          () =>
            document.activeElement?.closest('main, [role="main"], #__docusaurus_skipToContent_fallback') !==
            null,
        );
        expect(target).toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  it.each(['/glossary/recall', '/en/metrics/classification', '/en/glossary'])(
    '%s: every element Tab reaches shows where the focus is',
    async (pathname) => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(`${origin}${pathname}`);
        await waitForHydration(page);
        const invisible: string[] = [];
        let count = 0;
        for (; count < 80; count++) {
          await page.keyboard.press('Tab');
          const state = await focused(page);
          if (!state) break;
          if (!state.visible) invisible.push(state.name);
        }
        expect(count).toBeGreaterThan(10);
        expect(invisible).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
