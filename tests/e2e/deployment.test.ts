import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { policyOfNginxHeaders } from '../../scripts/deploy/contentSecurityPolicy.mjs';
import { sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

// These tests talk to the server globalSetup starts: nginx with deploy/nginx/ai-pm-handbook.conf.
const origin = siteOrigin();
const buildDir = path.resolve(__dirname, '../../build');
const headersFile = 'deploy/nginx/security-headers.conf';
const policy = policyOfNginxHeaders(
  readFileSync(path.resolve(__dirname, '../..', headersFile), 'utf8'),
  headersFile,
);

/** A request as a browser or a wiki's link unfurler makes it, without following redirects. */
const request = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${pathname}`, { redirect: 'manual', headers });

/** The main bundle's path, as the home page names it. */
const mainScript = ((): string => {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  // Named in the page's list of bundles (src/config/ssrTemplate.ts).
  const src = /"(\/assets\/js\/main\.[0-9a-f]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('build/index.html loads no main bundle');
  return src;
})();

describe('nginx serves the build as it is deployed', () => {
  it.each(['/', '/glossary/recall', '/en/glossary/cnn', mainScript, '/search-index.json'])(
    '%s: the pre-compressed file to gzip clients, the same bytes uncompressed to others',
    async (pathname) => {
      const compressed = await request(pathname, { 'accept-encoding': 'gzip' });
      expect(compressed.status).toBe(200);
      expect(compressed.headers.get('content-encoding')).toBe('gzip');
      expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
      const plain = await request(pathname, { 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      // Node's fetch decodes gzip itself; compare with the .gz file written at build time, decoded here.
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      const onDisk = path.join(buildDir, /\.\w+$/.test(file) ? file : `${file}.html`);
      const gzFile = readFileSync(`${onDisk}.gz`);
      expect(gunzipSync(gzFile).equals(Buffer.from(await plain.arrayBuffer()))).toBe(true);
      expect(Number(compressed.headers.get('content-length'))).toBe(gzFile.length);
    },
  );

  it('caches hashed assets for a year and revalidates pages, the index and the feed', async () => {
    const asset = await request(mainScript);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/intro', '/en/glossary/cnn', '/search-index.json', '/glossary.json']) {
      const response = await request(pathname);
      expect(response.headers.get('cache-control'), pathname).toBe('no-cache');
      const etag = response.headers.get('etag');
      expect(etag, pathname).toBeTruthy();
      const again = await request(pathname, { 'if-none-match': etag ?? '' });
      expect(again.status, `${pathname} revalidated`).toBe(304);
    }
  });

  it('sends the security headers on pages, assets, redirects and 404s', async () => {
    // frame-ancestors is a variable of ai-pm-handbook.conf: the site itself only, on everything but the embeddable
    // term cards (tests/e2e/embed.test.ts).
    expect(policy.get('frame-ancestors')).toEqual(['$ai_pm_frame_ancestors']);
    const sent = new Map([...policy, ['frame-ancestors', ["'self'"]]]);
    for (const pathname of [
      '/',
      '/en/intro',
      mainScript,
      '/glossary/ann',
      '/no-such-page',
      '/glossary.json',
    ]) {
      const { headers } = await request(pathname);
      const csp = headers.get('content-security-policy') ?? '';
      expect(policyOfNginxHeaders(`add_header Content-Security-Policy "${csp}";`, pathname)).toEqual(sent);
      expect(headers.get('x-frame-options'), pathname).toBe('SAMEORIGIN');
      expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), pathname).toMatch(/camera=\(\)/);
      expect(headers.get('server'), pathname).toBe('nginx');
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it.each([
    ['/intro/', '/intro'],
    ['/glossary/recall/?q=1', '/glossary/recall?q=1'],
    ['/en', '/en/'],
    ['/en/glossary/cnn/', '/en/glossary/cnn'],
    ['/glossary/convolutional-neural-network', '/glossary/cnn'],
    ['/en/glossary/convolutional-neural-network?from=wiki', '/en/glossary/cnn?from=wiki'],
  ])('%s redirects permanently to %s', async (from, to) => {
    const response = await request(from);
    expect(response.status).toBe(301);
    // Relative, so the redirect keeps whatever host and scheme the reader came through.
    expect(response.headers.get('location')).toBe(to);
  });

  it.each([
    ['/no-such-page', 'zh-Hans'],
    ['/glossary/no-such-term', 'zh-Hans'],
    ['/en/no-such-page', 'en'],
    ['/.nginx/redirects-en.map', 'zh-Hans'],
  ])('%s answers 404 with the %s "page not found" page', async (pathname, lang) => {
    const response = await request(pathname);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toMatch(new RegExp(`<html lang="?${lang}"?[\\s>]`));
  });
});

describe('the Content-Security-Policy blocks nothing the site needs', () => {
  const browser = sharedBrowser();

  it('reports no violation while a reader searches, uses the calculators and tooltips, and switches theme', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchPage(page, origin);
    // Added through the DevTools protocol, which the policy does not govern, before any page script runs.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
        ),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    const seen: string[] = [];
    try {
      // Search: a Web Worker fetches the index.
      await page.goto(`${origin}/intro`);
      await waitForHydration(page);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('召回率');
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 15_000 });
      seen.push(...(await violations()));

      // Formulas (KaTeX fonts and inline styles), the ROC explorer's SVG and the calculators' inputs.
      await page.goto(`${origin}/en/metrics/classification`);
      await waitForHydration(page);
      await page.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
      seen.push(...(await violations()));

      // A term tooltip, then dark mode through the navbar toggle.
      await page.goto(`${origin}/glossary/recall`);
      await waitForHydration(page);
      await page.locator('[aria-describedby]').first().focus();
      await page.getByRole('button', { name: /切换浅色/ }).click();
      seen.push(...(await violations()));
    } finally {
      await page.close();
    }
    expect(seen).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
