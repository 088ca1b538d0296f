import { describe, expect, it } from 'vitest';

import { sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

// How pages load (src/config/ssrTemplate.ts, src/plugins/rehype-katex-strict): text first, bundles after the first
// paint, formulas as static HTML that hydration does not walk.
const origin = siteOrigin();
const browser = sharedBrowser();

describe('pages paint before their JavaScript is requested', () => {
  it.each(['/', '/glossary/recall', '/en/metrics/classification'])(
    '%s: the bundles are requested after the first paint, in order, and the page hydrates',
    async (pathname) => {
      const html = await (await fetch(`${origin}${pathname}`)).text();
      expect(html).not.toMatch(/<script[^>]*\bsrc=/);
      const page = await browser().newPage();
      const problems = await watchPage(page, origin);
      try {
        // The renderer's own record: when it painted, and when it asked for each bundle. (Paint timing entries
        // report when a frame reached the screen, which headless Chromium reports late.)
        const cdp = await page.context().newCDPSession(page);
        const events: { name: string; ts: number; args?: { data?: { url?: string } } }[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
        const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
        await page.goto(`${origin}${pathname}`);
        await waitForHydration(page);
        await cdp.send('Tracing.end');
        await traced;
        const firstPaint = Math.min(
          ...events.filter((event) => event.name === 'Paint').map((event) => event.ts),
        );
        const bundleRequests = events
          .filter((event) => event.name === 'ResourceSendRequest')
          .map((event) => ({ url: event.args?.data?.url ?? '', ts: event.ts }))
          .filter(({ url }) => /\/assets\/js\/(runtime~main|main)\.[0-9a-f]+\.js$/.test(url));
        expect(bundleRequests.map(({ url }) => url.replace(/.*\/|\..*/g, ''))).toEqual([
          'runtime~main',
          'main',
        ]);
        for (const request of bundleRequests) expect(request.ts).toBeGreaterThan(firstPaint);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('a page opened in a background tab still hydrates', async () => {
    const page = await browser().newPage();
    try {
      // The loader waits for a frame only when the page is visible; hidden pages get no frames.
      await page.addInitScript(() => {
        Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
      });
      await page.goto(`${origin}/intro`);
      await waitForHydration(page);
    } finally {
      await page.close();
    }
  });
});

describe('formulas reach React as static HTML', () => {
  it('the page bundle of /metrics/classification carries each formula as one HTML string, not KaTeX elements as JSX', async () => {
    const page = await browser().newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    const problems = await watchPage(page, origin);
    try {
      await page.goto(`${origin}/metrics/classification`, { waitUntil: 'networkidle' });
      await waitForHydration(page);
      const scripts = await Promise.all(bodies);
      // KaTeX's innermost class names: as JSX they would be `className:"mord"`, as HTML `class="mord"` in a string.
      expect(scripts.some((script) => /className:"mord"/.test(script))).toBe(false);
      expect(
        scripts.some((script) => /__html:'<span class="katex-mathml">[^']*class="mord"/.test(script)),
      ).toBe(true);
      const math = await page.evaluate(() => ({
        formulas: document.querySelectorAll('.katex').length,
        mathml: document.querySelectorAll('.katex math').length,
        untranslatable: document.querySelectorAll('.katex-display[translate="no"], .katex[translate="no"]')
          .length,
      }));
      expect(math.formulas).toBeGreaterThan(10);
      expect(math.mathml).toBe(math.formulas);
      expect(math.untranslatable).toBeGreaterThan(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
