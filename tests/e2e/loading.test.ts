import { describe, expect, it } from 'vitest';

import { bundleListId } from '../../src/config/ssrTemplate';
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

  it.each(['/glossary/recall', '/en/metrics/classification', '/'])(
    '%s lists its route chunks beside the main bundle, so the main bundle adds no script before hydrating',
    async (pathname) => {
      const html = await (await fetch(`${origin}${pathname}`)).text();
      const list = new RegExp(`id="?${bundleListId}"?>([^<]*)<`).exec(html)?.[1];
      const bundles = JSON.parse(list ?? '[]') as string[];
      // src/plugins/page-bundles: the runtime, the route's chunks (the page component, its content, for a doc the
      // docs layout's), then the main bundle.
      expect(bundles[0]).toMatch(/\/runtime~main\.[0-9a-f]+\.js$/);
      expect(bundles.at(-1)).toMatch(/\/main\.[0-9a-f]+\.js$/);
      expect(bundles.length).toBeGreaterThan(pathname === '/' ? 3 : 6);
      const page = await browser().newPage();
      const problems = await watchPage(page, origin);
      try {
        await page.addInitScript(() => {
          const made: HTMLScriptElement[] = [];
          Object.assign(globalThis, { scriptsMade: made });
          const createElement = document.createElement.bind(document);
          document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
            const element = createElement(tagName, options);
            if (element instanceof HTMLScriptElement) made.push(element);
            return element;
          }) as typeof document.createElement;
        });
        await page.goto(`${origin}${pathname}`);
        await waitForHydration(page);
        // Every script element with a source was the page's loader's, in the list's order: none was the bundler's.
        const made = await page.evaluate(() =>
          (globalThis as unknown as { scriptsMade: HTMLScriptElement[] }).scriptsMade
            .filter((script) => script.src !== '')
            .map((script) => new URL(script.src).pathname),
        );
        expect(made).toEqual(bundles);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
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

describe('work a page leaves for later', () => {
  it('links in view are prefetched in idle time, each file once, and a click needs nothing more', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchPage(page, origin);
    try {
      await page.goto(`${origin}/glossary/recall`);
      await waitForHydration(page);
      // Idle periods come once the page is quiet; wait until the list stops growing.
      let prefetched: string[] = [];
      await expect
        .poll(
          async () => {
            const before = prefetched.length;
            prefetched = await page.$$eval('link[rel="prefetch"]', (links) =>
              links.map((link) => (link as HTMLLinkElement).href),
            );
            return prefetched.length > 0 && prefetched.length === before;
          },
          { timeout: 10_000, interval: 500 },
        )
        .toBe(true);
      expect(new Set(prefetched).size).toBe(prefetched.length);
      for (const href of prefetched) expect(href).toMatch(/\/assets\/js\/[^/]+\.js$/);

      // A sidebar link in view: the code its page needs was among the prefetched files.
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      const target = await page.$$eval('.theme-doc-sidebar-menu a[href^="/glossary/"]', (links) => {
        const inView = links.find((link) => {
          const box = link.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= globalThis.innerHeight && box.height > 0;
        });
        return inView?.getAttribute('href') !== '/glossary/recall' ? inView?.getAttribute('href') : null;
      });
      expect(target).toMatch(/^\/glossary\/[a-z0-9-]+$/);
      await page.locator(`.theme-doc-sidebar-menu a[href="${target}"]`).click();
      await page.waitForURL(`${origin}${target}`);
      await waitForHydration(page);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((script) => !prefetched.includes(script))).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await page.close();
    }
  });

  it.each([
    { screen: 'a phone', width: 412, hydrated: false },
    { screen: 'a desktop', width: 1280, hydrated: true },
  ])(
    'on $screen, the desktop sidebar and table of contents are hydrated: $hydrated',
    async ({ width, hydrated }) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      const problems = await watchPage(page, origin);
      try {
        // React reports each commit to the developer tools' hook: look in the first (hydration) for the fibers of
        // the desktop sidebar's and TOC's elements as the server sent them.
        await page.addInitScript(() => {
          const found = { sidebar: false, toc: false, commits: 0 };
          Object.assign(globalThis, { hydrationProbe: found });
          Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
            value: {
              supportsFiber: true,
              renderers: new Map(),
              inject: () => 1,
              checkDCE: () => undefined,
              onCommitFiberUnmount: () => undefined,
              onPostCommitFiberRoot: () => undefined,
              onCommitFiberRoot(_id: number, root: { current: unknown }) {
                found.commits += 1;
                if (found.commits > 1) return;
                const sidebar = document.querySelector('.theme-doc-sidebar-menu');
                const toc = document.querySelector('.theme-doc-toc-desktop');
                type Fiber = { child: Fiber | null; sibling: Fiber | null; stateNode: unknown };
                const stack = [root.current as Fiber];
                while (stack.length > 0) {
                  const fiber = stack.pop() as Fiber;
                  if (fiber.stateNode === sidebar) found.sidebar = true;
                  if (fiber.stateNode === toc) found.toc = true;
                  if (fiber.child) stack.push(fiber.child);
                  if (fiber.sibling) stack.push(fiber.sibling);
                }
              },
            },
          });
        });
        await page.goto(`${origin}/glossary/recall`);
        await waitForHydration(page);
        const probe = await page.evaluate(() => (globalThis as { hydrationProbe?: object }).hydrationProbe);
        expect(probe).toMatchObject({ sidebar: hydrated, toc: hydrated });
        if (!hydrated) {
          // Removed after hydration, as Docusaurus does; the phone's menu still lists the glossary.
          await expect
            .poll(() => page.locator('.theme-doc-sidebar-container .theme-doc-sidebar-menu').count())
            .toBe(0);
          // The phone's menu is rendered when the page is idle, before anyone opens it.
          await expect.poll(() => page.locator('.navbar-sidebar .theme-doc-sidebar-menu').count()).toBe(1);
          await page.locator('.navbar__toggle').click();
          await expect
            .poll(() => page.locator('.navbar-sidebar .menu__link--active[href="/glossary/recall"]').count())
            .toBe(1);
        } else {
          expect(await page.locator('.theme-doc-sidebar-menu').isVisible()).toBe(true);
        }
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await page.close();
      }
    },
  );

  it.each(['/glossary/recall', '/en/themes/user-insight'])(
    '%s on a phone: loading the page and its menu compares no strings by locale (no collator is built)',
    async (pathname) => {
      const page = await browser().newPage({ viewport: { width: 412, height: 823 } });
      const problems = await watchPage(page, origin);
      try {
        // The first locale comparison of a page builds ICU's collator, about 70 ms of a phone's main thread:
        // src/theme/DocSidebar/Mobile hands the drawer's memo one prop so that it sorts nothing.
        await page.addInitScript(() => {
          const calls: string[] = [];
          Object.assign(globalThis, { collatorProbe: calls });
          const { localeCompare } = String.prototype;
          String.prototype.localeCompare = function (
            this: string,
            ...args: Parameters<typeof localeCompare>
          ) {
            calls.push(`localeCompare ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
            return localeCompare.apply(this, args);
          };
          const { Collator } = Intl;
          Intl.Collator = new Proxy(Collator, {
            construct(target, args: ConstructorParameters<typeof Collator>) {
              calls.push('new Intl.Collator');
              return new target(...args);
            },
            apply(target, _this, args: Parameters<typeof Collator>) {
              calls.push('Intl.Collator()');
              return target(...args);
            },
          });
        });
        await page.goto(`${origin}${pathname}`);
        await waitForHydration(page);
        // The menu holds the sidebar once the page is idle.
        await expect.poll(() => page.locator('.navbar-sidebar .theme-doc-sidebar-menu').count()).toBe(1);
        const calls = await page.evaluate(() => (globalThis as { collatorProbe?: string[] }).collatorProbe);
        expect(calls).toEqual([]);
        // The drawer still works as theme-classic's: a link in it navigates and closes it.
        await page.locator('.navbar__toggle').click();
        const link = page
          .locator(
            '.navbar-sidebar .theme-doc-sidebar-menu a.menu__link:not(.menu__link--active):not(.menu__link--sublist)',
          )
          .first();
        const href = await link.getAttribute('href');
        await link.click();
        await expect.poll(() => new URL(page.url()).pathname).toBe(href);
        await expect.poll(() => page.locator('.navbar-sidebar--show').count()).toBe(0);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await page.close();
      }
    },
  );
});
