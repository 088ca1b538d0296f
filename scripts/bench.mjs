#!/usr/bin/env node
// Prints the figures this project quotes: build time per locale, first-load bytes per page, what the
// calculators and the <Term> tooltips cost, and the search index per locale.
// usage: npm run bench [-- --no-build]   (--no-build measures the existing build/ and skips build timing)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { transformSync } from '@swc/core';
import { chromium } from 'playwright-core';

import { startStaticServer } from './staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const skipBuild = process.argv.includes('--no-build');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Figures a section could not measure: printed where they belong and again at the end, and the bench fails. */
const unmeasured = [];

/**
 * The server every measurement goes through. startStaticServer sends files as they are, uncompressed; production
 * (nginx, gzip_static, production headers) compresses them: swap in `startNginx` from ./nginxServer.mjs here.
 */
const serveBuild = (dir) => startStaticServer(dir);

const gzip = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

function timedBuild(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [docusaurus, 'build', ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`docusaurus build ${args.join(' ')} failed`);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

console.log('# Build');
if (skipBuild) {
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error('build/ is missing: run without --no-build');
  console.log('(skipped: measuring the existing build/)');
} else {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  for (const locale of ['zh-Hans', 'en']) {
    const seconds = timedBuild(['--locale', locale, '--out-dir', path.join(scratch, locale)]);
    console.log(`build, ${locale} only: ${seconds.toFixed(1)} s`);
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`build, both locales (npm run build): ${timedBuild([]).toFixed(1)} s`);
}

const pages = [
  '/',
  '/intro',
  '/glossary',
  '/glossary/recall',
  '/en/glossary/cnn',
  '/metrics',
  '/metrics/classification',
  '/metrics/regression',
  '/en/themes/user-insight',
];

const server = await serveBuild(buildDir);
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Every response of a first visit (until the network is idle), with its type and raw and gzip sizes. */
async function firstLoad(pathname) {
  const page = await browser.newPage();
  const pending = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzip(body),
        }),
        () => null,
      ),
    ),
  );
  await page.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
  await page.close();
  return (await Promise.all(pending)).filter(Boolean);
}

console.log('\n# First load (gzip -9 of each response; what a compressed server sends)');
console.log('| page | JS | CSS | everything | requests |');
console.log('| --- | --- | --- | --- | --- |');
const loads = new Map();
for (const pathname of pages) {
  const responses = await firstLoad(pathname);
  loads.set(pathname, responses);
  const sum = (type) =>
    responses.filter((r) => !type || r.type === type).reduce((total, r) => total + r.gzip, 0);
  console.log(
    `| ${pathname} | ${kb(sum('script'))} | ${kb(sum('stylesheet'))} | ${kb(sum())} | ${responses.length} |`,
  );
}

console.log('\n# Calculators: JS a page loads beyond /metrics (a docs page without calculators)');
const scriptsOf = (pathname) =>
  new Map(
    loads
      .get(pathname)
      .filter((r) => r.type === 'script')
      .map((r) => [r.url, r]),
  );
const baseline = scriptsOf('/metrics');
for (const pathname of ['/metrics/classification', '/metrics/regression', '/glossary/recall', '/intro']) {
  const extra = [...scriptsOf(pathname).values()].filter((r) => !baseline.has(r.url));
  const calculatorChunks = extra.filter((r) => {
    const text = readFileSync(path.join(buildDir, new URL(r.url).pathname));
    return /Calculator|rocExplorer|RocExplorer|regressionCalculator|confusionCalculator/.test(text);
  });
  console.log(
    `${pathname}: ${kb(extra.reduce((t, r) => t + r.gzip, 0))} in ${extra.length} page chunks, of which calculator code ${kb(calculatorChunks.reduce((t, r) => t + r.gzip, 0))}`,
  );
}

console.log('\n# <Term> tooltips');
const compile = (file) =>
  transformSync(readFileSync(path.join(root, file), 'utf8'), {
    filename: file,
    minify: true,
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      minify: { compress: true, mangle: true },
      target: 'es2020',
    },
  }).code;
const termCode = gzip(compile('src/components/Term/index.tsx'));
const termCss = gzip(
  readFileSync(path.join(root, 'src/components/Term/styles.module.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' '),
);
console.log(
  `component code (minified, gzip): ${kb(termCode)}; styles: ${kb(termCss)} — shipped with the docs bundle, so every docs page carries them`,
);
const probe = await browser.newPage();
for (const pathname of ['/glossary/recall', '/metrics/classification', '/intro']) {
  await probe.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
  const data = await probe.evaluate(() =>
    [...globalThis.document.querySelectorAll('[role="tooltip"]')]
      .map((tip) => tip.textContent ?? '')
      .join('\n'),
  );
  const uses = await probe.locator('[role="tooltip"]').count();
  console.log(
    `${pathname}: ${uses} terms linked; tooltip text inlined in the page: ${kb(data ? gzip(data) : 0)} gzip`,
  );
}
await probe.close();

console.log('\n# Search');
{
  // What search adds to a first load: the same pages built without it (SEARCH=off), compared.
  const withoutDir = mkdtempSync(path.join(tmpdir(), 'bench-nosearch-'));
  const built = spawnSync(process.execPath, [docusaurus, 'build', '--out-dir', withoutDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SEARCH: 'off' },
  });
  if (built.status === 0) {
    const plain = await serveBuild(withoutDir);
    for (const pathname of ['/', '/glossary/recall', '/en/glossary/cnn']) {
      const page = await browser.newPage();
      const sizes = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') sizes.push(response.body().then(gzip, () => 0));
      });
      await page.goto(`${plain.origin}${pathname}`, { waitUntil: 'networkidle' });
      await page.close();
      const without = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      const withSearch = loads.has(pathname)
        ? loads
            .get(pathname)
            .filter((r) => r.type === 'script')
            .reduce((t, r) => t + r.gzip, 0)
        : NaN;
      console.log(
        `${pathname}: first-load JS ${kb(withSearch)} with search, ${kb(without)} without: search adds ${kb(withSearch - without)}`,
      );
    }
    await plain.close();
  } else {
    // Report it and go on: the other sections and the budgets still tell something.
    const brokenLinks = built.stderr
      .split('\n')
      .filter((line) => /Broken link on|linking to/.test(line))
      .map((line) => line.trim());
    const reason = brokenLinks.length > 0 ? brokenLinks.join(' ') : built.stderr.trim().split('\n')[0];
    console.log(`what search adds: NOT MEASURED, the build without search (SEARCH=off) failed: ${reason}`);
    unmeasured.push('what search adds to a first load (the build without search failed)');
  }
  rmSync(withoutDir, { recursive: true, force: true });

  // Time to the first result after focusing the box (the index is fetched on focus), then the median query.
  const queries = [
    '召回率',
    '查全率',
    'recall',
    'TPR',
    'cnn',
    '卷积神经网络',
    '增强学习',
    'AUC',
    '均方误差',
    'f1 score',
    '协同过滤',
    'latent needs',
  ];
  for (const prefix of ['', '/en']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.origin}${prefix}/intro`, { waitUntil: 'networkidle' });
    const input = page.locator('input.navbar__search-input');
    const timeQuery = async (query, focusFirst) =>
      page.evaluate(
        async ({ query, focusFirst }) => {
          const doc = globalThis.document;
          const box = doc.querySelector('input.navbar__search-input');
          const started = performance.now();
          if (focusFirst) box.focus();
          const setValue = Object.getOwnPropertyDescriptor(
            globalThis.HTMLInputElement.prototype,
            'value',
          ).set;
          setValue.call(box, query);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          // Done when the list shows a suggestion for this very query.
          while (
            !doc.querySelector('[role="listbox"] [role="option"] mark')?.closest('[role="listbox"]')
              ?.textContent
          ) {
            await new Promise((resolve) => setTimeout(resolve, 2));
            if (performance.now() - started > 15000) return NaN;
          }
          return performance.now() - started;
        },
        { query, focusFirst },
      );
    const firstResult = await timeQuery('召回率', true);
    const times = [];
    for (const query of queries) {
      await input.fill('');
      await page.waitForTimeout(50);
      times.push(await timeQuery(query, false));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `${prefix || '/'} (zh-Hans: ${prefix === ''}): first result ${firstResult.toFixed(0)} ms after focus (index download included); median query ${median.toFixed(1)} ms over ${times.length} queries`,
    );
    await page.close();
  }
}

console.log('\n# Search index');
for (const locale of ['', 'en/']) {
  const files = ['search-index.json'].map((name) => path.join(buildDir, locale, name)).filter(existsSync);
  if (files.length === 0) {
    console.log(`${locale || 'zh-Hans/'}: no search index in this build`);
    continue;
  }
  for (const file of files) {
    const data = readFileSync(file);
    console.log(`${path.relative(buildDir, file)}: ${kb(data.length)} raw, ${kb(gzip(data))} gzip`);
  }
}

await browser.close();
await server.close();

for (const what of unmeasured) console.log(`Not measured: ${what}.`);
if (unmeasured.length > 0) process.exitCode = 1;
