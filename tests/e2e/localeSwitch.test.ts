import { describe, expect, it } from 'vitest';

import { sharedBrowser, siteOrigin, waitForHydration } from './browser';

const origin = siteOrigin();

describe('the locale dropdown keeps the reader on the same page', () => {
  const browser = sharedBrowser();

  it.each([
    { from: '/intro', choose: 'English', to: '/en/intro' },
    { from: '/en/about-source', choose: '简体中文', to: '/about-source' },
    { from: '/blog/welcome', choose: 'English', to: '/en/blog/welcome' },
  ])('$from → $to', async ({ from, choose, to }) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${origin}${from}`);
      await waitForHydration(page);
      await page.locator('.navbar .dropdown > .navbar__link').first().hover();
      await page.getByRole('link', { name: choose, exact: true }).click();
      await page.waitForURL(`${origin}${to}`);
      await waitForHydration(page);
      expect(new URL(page.url()).pathname).toBe(to);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        to.startsWith('/en') ? 'en' : 'zh-Hans',
      );
    } finally {
      await page.close();
    }
  });
});
