import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { chromiumFlags, findChromium } from '../../scripts/chromium.mjs';

/** The Chromium binary to drive (Debian's, or CHROME_PATH), or an error that says how to get one. */
export const findBrowser: () => string = findChromium;

/** Headless Chromium with the flags this offline machine needs (no background calls home). */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: chromiumFlags });
}

/** The server the tests run against, set up once by globalSetup. */
export function siteOrigin(): string {
  const origin = process.env.E2E_ORIGIN;
  if (!origin)
    throw new Error(
      'E2E_ORIGIN is not set: run the e2e project through vitest (globalSetup starts the server).',
    );
  return origin;
}

/** Resolves once React has hydrated the page, so what a test sees is what a reader gets. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout: 15_000,
  });
}

/**
 * The navbar search box the reader sees. While the plugin's box takes over from the stand-in (SearchBar/index.tsx)
 * both are in the page, one of them hidden; a reader can only reach the visible one, and so does a test.
 */
export function searchInput(page: Page): Locator {
  return page.locator('input.navbar__search-input:visible');
}

/** What went wrong on a page while it loaded: console errors, failed requests, requests to other hosts. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
  readonly foreignRequests: string[];
}

/**
 * Records every problem a page has and blocks any request to another host, so a test fails on it
 * instead of waiting for a network this machine does not have.
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
  // The page each request was made from: a request still in flight when the page is left is cancelled by the
  // browser (net::ERR_ABORTED), which is not a failure of the site. Nor is a prefetch the browser cancels (a route's
  // code fetched in idle time, src/clientModules/routePrefetch.ts), whenever that happens: leaving the page may
  // cancel it before the new page's address is reported.
  const madeOn = new WeakMap<object, string>();
  page.on('request', (request) => madeOn.set(request, page.url()));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    const error = request.failure()?.errorText ?? 'failed';
    const cancelled =
      error === 'net::ERR_ABORTED' &&
      request.resourceType() !== 'document' &&
      (madeOn.get(request) !== page.url() || request.headers()['sec-purpose'] === 'prefetch');
    if (!cancelled) problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) {
      await route.continue();
    } else {
      problems.foreignRequests.push(`${page.url()} -> ${url}`);
      await route.abort('blockedbyclient');
    }
  });
  return problems;
}

/** One Chromium for the test file that calls this (at the top level or in a describe): launched before, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet: call it inside a test or hook.');
    return browser;
  };
}

// The minified build: the page evaluates it twice per URL, and the unminified `source` is more than twice as large.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose outcome depends on colours: after a change of colour mode, only these can change (structure,
 * names, roles and landmarks are the same), so a second run in the other mode needs only them.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's violations on the page as it is now, one line each: rule, element, and what to fix. With `coloursOnly`,
 * only the rules that depend on colours run (for the same page again in another colour mode).
 */
export async function accessibilityViolations(
  page: Page,
  { coloursOnly = false }: { readonly coloursOnly?: boolean } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol, not added as <script>/<style> elements: the site's
    // Content-Security-Policy (deploy/nginx) rightly refuses inline scripts and style elements it does not know.
    await page.evaluate(axeSource);
    // Colours must be measured at rest, not halfway through the theme's colour transitions.
    await page.evaluate(() => {
      const atRest = new CSSStyleSheet();
      atRest.replaceSync(
        '*, *::before, *::after { transition: none !important; animation: none !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, atRest];
    });
  }
  const runOnly = coloursOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: axeTags };
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: only });
    return violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
    );
  }, runOnly);
}
