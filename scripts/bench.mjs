#!/usr/bin/env node
// Prints the figures this project quotes: build time per locale, first-load bytes per page, what the
// calculators and the <Term> tooltips cost, the search index per locale, Lighthouse scores and a load test;
// then checks them against scripts/bench-budgets.json and exits non-zero when a budget is broken.
// Beside our pages, Lighthouse audits a stock Docusaurus site's page with the same text (scripts/lib/stockSite.mjs),
// built and served here in the same run, so our scores also read as ratios of what stock Docusaurus scores.
// usage: npm run bench [-- --no-build] [-- --quick] [-- --only-stock]
//   --no-build    measures the existing build/ and skips build timing (the stock site is built all the same)
//   --quick       a short load test (5 s per page instead of 30 s), for trying things; budgets are still checked
//   --only-stock  builds, serves and audits the stock site only (its docs come from the existing build/en), for
//                 trying it; nothing of ours is measured and no budget is checked
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { transformSync } from '@swc/core';
import { loadFreshModule } from '@docusaurus/utils';
import autocannon from 'autocannon';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

import { evaluateBudgets, formFactors, lighthouseCategories, parseBudgets } from './lib/budgets.mjs';
import { lostPoints, summarizeRuns, traceRecordingError } from './lib/lighthouseSummary.mjs';
import {
  clearQuery,
  focusSearchBox,
  lastSearchMarks,
  searchPhases,
  trackRequests,
  typeQuery,
} from './lib/searchBox.mjs';
import { buildStockSite, stockDocusaurusVersion, stockPagePath } from './lib/stockSite.mjs';
import { chromiumFlags, findChromium } from './chromium.mjs';
import { startNginx } from './nginxServer.mjs';

const benchStarted = process.hrtime.bigint();
const secondsSince = (started) => Number(process.hrtime.bigint() - started) / 1e9;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const skipBuild = process.argv.includes('--no-build');
const quick = process.argv.includes('--quick');
const onlyStock = process.argv.includes('--only-stock');
const budgetsFile = 'scripts/bench-budgets.json';
const budgets = parseBudgets(readFileSync(path.join(root, budgetsFile), 'utf8'), budgetsFile);
const chromePath = findChromium();

/**
 * The server every measurement goes through: nginx with deploy/nginx, as in production (gzip_static, cache and
 * security headers). It serves only builds finished by scripts/prepare-deploy.mjs, as `npm run build` does.
 */
const serveBuild = (dir) => startNginx(dir);

/** The Content-Encoding the server answers a gzip-accepting client with ('none' when it sends the bytes as they are). */
const contentEncodingOf = (url) =>
  new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.resume();
      resolve(response.headers['content-encoding'] ?? 'none');
    }).on('error', reject);
  });

const gzip = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

/**
 * Seconds to run `docusaurus build` with these arguments and then, for a build that is served, the deploy step
 * (`npm run build` does both).
 */
function timedBuild(args, { servable = true } = {}) {
  const started = process.hrtime.bigint();
  const steps = [[docusaurus, 'build', ...args]];
  if (servable) steps.push([path.join(root, 'scripts/prepare-deploy.mjs'), 'build']);
  for (const step of steps) {
    const result = spawnSync(process.execPath, step, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error(`${path.basename(step[0])} ${step.slice(1).join(' ')} failed`);
    }
  }
  return secondsSince(started);
}

// The site's locales, from its config (loaded the way Docusaurus loads it): the default one at `/`, the others
// under their own path.
const { i18n } = await loadFreshModule(path.join(root, 'docusaurus.config.ts'));
const localePrefixes = i18n.locales.map((locale) => (locale === i18n.defaultLocale ? '' : `/${locale}`));

console.log('# Build');
if (onlyStock) {
  console.log('(--only-stock: our site is neither built nor measured)');
} else if (skipBuild) {
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error('build/ is missing: run without --no-build');
  console.log('(skipped: measuring the existing build/)');
} else {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  for (const locale of i18n.locales) {
    const seconds = timedBuild(['--locale', locale, '--out-dir', path.join(scratch, locale)], {
      servable: false,
    });
    console.log(`build, ${locale} only: ${seconds.toFixed(1)} s`);
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`build, every locale (npm run build): ${timedBuild([]).toFixed(1)} s`);
}
// The stock site: create-docusaurus's classic template with our English docs as Markdown, built afresh each run.
// It lives in the repository (git-ignored), so it resolves the repository's node_modules, but not inside
// node_modules, which worktrees of this repository may share.
/** Our page whose stock twin Lighthouse audits. */
const stockTwinOf = '/en/themes/user-insight';
const stockSite = await buildStockSite({
  root,
  markdownDir: path.join(buildDir, 'en'),
  siteDir: path.join(root, '.tmp/bench-stock-site'),
});
console.log(
  `build, stock Docusaurus ${stockDocusaurusVersion} (classic template, our ${stockSite.docsPages} English docs pages as Markdown, one locale): ${stockSite.seconds.toFixed(1)} s`,
);

const pages = [
  '/',
  '/intro',
  '/glossary',
  '/glossary/recall',
  '/en/glossary/cnn',
  '/metrics',
  '/metrics/classification',
  '/metrics/regression',
  '/metrics/ranking',
  '/en/themes/user-insight',
];

const server = onlyStock ? null : await serveBuild(buildDir);
// The same nginx configuration, without the Content-Security-Policy: its script hashes are our pages' inline
// scripts, and it would block the stock site's.
const stockServer = await startNginx(stockSite.buildDir, { csp: false });
/** @type {import('./lib/budgets.mjs').FirstLoadMeasurement[]} */
const firstLoadMeasurements = [];
/** @type {import('./lib/budgets.mjs').SearchMeasurement[]} */
const searchMeasurements = [];

if (server) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: chromiumFlags,
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
    firstLoadMeasurements.push({ page: pathname, scriptBytes: sum('script') });
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
  for (const pathname of [
    '/metrics/classification',
    '/metrics/regression',
    '/metrics/ranking',
    '/glossary/recall',
    '/intro',
  ]) {
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

  console.log('\n# Glossary page: what its filter fetches (the rows are markup until the reader filters)');
  for (const pathname of ['/glossary', '/en/glossary']) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
    const fetched = [];
    page.on('response', (response) =>
      fetched.push(
        response.body().then(
          (body) => gzip(body),
          () => 0,
        ),
      ),
    );
    const requests = trackRequests(page);
    await page.locator('input[type="search"]:not(.navbar__search-input)').focus();
    await requests.quiet();
    const sizes = await Promise.all(fetched);
    if (sizes.length === 0) throw new Error(`${pathname}: focusing the glossary filter fetched nothing`);
    await page.close();
    console.log(
      `${pathname}: first focus of the filter fetches ${kb(sizes.reduce((t, size) => t + size, 0))} in ${sizes.length} files (the rows of every term, with what the filter searches)`,
    );
  }

  console.log('\n# Search');
  {
    // What a reader's first search costs, from the first focus of the box to the first result: the box's code, the
    // worker, the manifest, the shards the query needs and the pages its results show (gzip, as nginx sends them);
    // the time from the keystroke to the first suggestion once what focus fetches is in (median of
    // `searchRunsPerLocale` fresh pages) and where that time went in the median run (the worker's User Timing marks);
    // then what a second query adds. Budgets: scripts/bench-budgets.json, `search`.
    const firstQueries = { '': ['召回率', '卷积神经网络'], '/en': ['recall', 'convolutional'] };
    const searchRunsPerLocale = 5;
    for (const prefix of localePrefixes) {
      const [first, second] = firstQueries[prefix];
      const runs = [];
      for (let run = 0; run < searchRunsPerLocale; run += 1) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${server.origin}${prefix}/intro`, { waitUntil: 'networkidle' });
        const requests = trackRequests(page);
        let fetched = [];
        page.on('response', (response) =>
          fetched.push(
            response.body().then(
              (body) => ({ type: response.request().resourceType(), url: response.url(), gzip: gzip(body) }),
              () => null,
            ),
          ),
        );
        const settle = async () => {
          await requests.quiet();
          const responses = (await Promise.all(fetched)).filter(Boolean);
          fetched = [];
          return responses;
        };
        await focusSearchBox(page, requests);
        const onFocus = await settle();
        const typed = await typeQuery(page, first);
        const phases = searchPhases(typed, await lastSearchMarks(page));
        const onFirst = await settle();
        await clearQuery(page);
        const then = await typeQuery(page, second);
        const onSecond = await settle();
        runs.push({ typed, phases, before: [...onFocus, ...onFirst], then, onSecond });
        await page.close();
      }
      runs.sort((a, b) => a.typed.ms - b.typed.ms);
      const median = runs[Math.floor(runs.length / 2)];
      const { before, onSecond } = median;
      const sum = (responses, pick) => responses.filter(pick).reduce((total, r) => total + r.gzip, 0);
      const isIndex = (r) => /\/search-index[./]/.test(r.url);
      const locale = prefix || '/';
      searchMeasurements.push({
        locale,
        firstQueryBytes: sum(before, () => true),
        laterQueryBytes: sum(onSecond, () => true),
        firstResultMs: median.typed.ms,
      });
      console.log(
        `${locale}: before the first result of "${first}": ${kb(sum(before, () => true))} ` +
          `(JS ${kb(sum(before, (r) => r.type === 'script'))}, index ${kb(sum(before, isIndex))} in ${before.filter(isIndex).length} files); ` +
          `first result ${median.typed.ms.toFixed(1)} ms after the keystroke, once what focus fetches is in ` +
          `(median of ${runs.length}: ${runs.map((r) => r.typed.ms.toFixed(0)).join(', ')} ms); ` +
          `"${second}" then adds ${kb(sum(onSecond, () => true))} (index ${onSecond.filter(isIndex).length} files) and answers in ${median.then.ms.toFixed(1)} ms`,
      );
      console.log(
        `${locale}: where the first query's ${median.typed.ms.toFixed(1)} ms went: ` +
          median.phases.map(({ phase, ms }) => `${phase} ${ms.toFixed(1)}`).join(', '),
      );
    }

    // What a round trip costs the worker here: index files it has not fetched yet, one at a time and several at
    // once (the browser opens at most 6 connections to one host over HTTP/1.1). A query needs two round trips (its
    // shards, then its result pages), so these bound the first result from below.
    {
      const manifest = JSON.parse(readFileSync(path.join(buildDir, 'search-index.json'), 'utf8'));
      const files = readdirSync(path.join(buildDir, manifest.dir))
        .filter((name) => /^p\d+\.json$/.test(name))
        .map((name) => `/${manifest.dir}${name}`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.origin}/intro`, { waitUntil: 'networkidle' });
      await focusSearchBox(page, trackRequests(page));
      const [worker] = page.workers();
      const fetchMs = await worker.evaluate(async (files) => {
        let next = 0;
        const timed = async (count) => {
          const batch = files.slice(next, (next += count));
          const started = performance.now();
          await Promise.all(batch.map((file) => fetch(file).then((response) => response.json())));
          return performance.now() - started;
        };
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const result = {};
        for (const count of [1, 4, 8]) {
          const times = [];
          for (let run = 0; run < 5; run += 1) times.push(await timed(count));
          result[count] = median(times);
        }
        return result;
      }, files);
      console.log(
        `/: a round trip from the search worker (files not fetched before, median of 5): 1 file ${fetchMs[1].toFixed(1)} ms, ` +
          `4 at once ${fetchMs[4].toFixed(1)} ms, 8 at once ${fetchMs[8].toFixed(1)} ms`,
      );
      await page.close();
    }

    // Time to the first result when focus and typing come together (what focus fetches is fetched meanwhile), then
    // the median query.
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
    for (const prefix of localePrefixes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.origin}${prefix}/intro`, { waitUntil: 'networkidle' });
      await page.locator('input.navbar__search-input:visible').focus();
      const firstResult = await typeQuery(page, '召回率');
      const times = [];
      for (const query of queries) {
        await clearQuery(page);
        times.push((await typeQuery(page, query)).ms);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      console.log(
        `${prefix || '/'}: first result ${firstResult.ms.toFixed(0)} ms after focus and typing together; median query ${median.toFixed(1)} ms over ${times.length} queries`,
      );
      await page.close();
    }
  }

  console.log('\n# Search index');
  for (const prefix of localePrefixes) {
    const manifestPath = path.join(buildDir, prefix, 'search-index.json');
    if (!existsSync(manifestPath)) {
      console.log(`${prefix || '/'}: no search index in this build`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const folder = path.join(buildDir, prefix, manifest.dir);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    const sizes = (pattern) =>
      files.filter((name) => pattern.test(name)).map((name) => gzip(readFileSync(path.join(folder, name))));
    const describe = (label, list) =>
      `${list.length} ${label} (largest ${kb(Math.max(0, ...list))}, ${kb(list.reduce((a, b) => a + b, 0))} in all)`;
    console.log(
      `${prefix || '/'}: manifest ${kb(gzip(readFileSync(manifestPath)))}; ${describe('shards', sizes(/^t\d+\.json$/))}; ` +
        `${describe('tails', sizes(/^x\d+\.json$/))}; ${describe('page files', sizes(/^p\d+\.json$/))} (gzip)`,
    );
  }

  await browser.close();
}

const lighthousePages = [
  '/',
  '/glossary/recall',
  '/metrics/classification',
  '/en/themes/user-insight',
  '/en/glossary/cnn',
];
const lighthouseRunsPerPage = 5;
/** How many times a run that ends with a trace-recording error (lighthouseSummary.mjs) is run again. */
const maxTraceRetries = 2;
/** Lighthouse's own configurations: the default one is mobile (simulated throttling, moto g power). */
const lighthouseConfigs = { mobile: undefined, desktop: desktopConfig };
// chrome-launcher is Lighthouse's own dependency: resolve it from Lighthouse, so it is the version Lighthouse ships with.
const lighthouseRequire = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
const { launch: launchChrome } = await import(
  pathToFileURL(lighthouseRequire.resolve('chrome-launcher')).href
);
const lighthouseVersion = lighthouseRequire('./package.json').version;
const ms = (value) => `${Math.round(value)} ms`;

console.log(
  `\n# Lighthouse ${lighthouseVersion}: median of ${lighthouseRunsPerPage} runs (by performance score) per page and form factor`,
);
console.log(
  `The stock Docusaurus ${stockDocusaurusVersion} site is served by the same nginx configuration without its Content-Security-Policy (whose script hashes are ours; it would block the stock site's inline scripts).`,
);
// Scores and transferred bytes are those of the deployed setup only if the server sends the .gz files.
for (const { origin } of [server, stockServer].filter(Boolean)) {
  const servedEncoding = await contentEncodingOf(`${origin}/`);
  if (servedEncoding !== 'gzip') {
    throw new Error(
      `the server at ${origin} answered gzip-accepting requests with Content-Encoding "${servedEncoding}", not gzip`,
    );
  }
}
/** What Lighthouse audits, in order: our pages, then the stock page, in the same loop and browser. */
const lighthouseTargets = [
  ...(server ? lighthousePages.map((pathname) => ({ origin: server.origin, pathname, stock: false })) : []),
  { origin: stockServer.origin, pathname: stockPagePath(stockTwinOf), stock: true },
];
const lighthouseStarted = process.hrtime.bigint();
/** @type {import('./lib/budgets.mjs').LighthouseMeasurement[]} */
const lighthouseMeasurements = [];
/** @type {import('./lib/budgets.mjs').LighthouseMeasurement[]} */
const stockLighthouseMeasurements = [];
const lighthouseRows = [];
// One browser for every run: Lighthouse opens a fresh tab per run and resets storage before it.
const chrome = await launchChrome({ chromePath, chromeFlags: chromiumFlags, logLevel: 'silent' }).catch(
  (error) => error,
);
for (const { origin, pathname, stock } of lighthouseTargets) {
  for (const formFactor of formFactors) {
    const runs = [];
    /** Runs that ended with a trace-recording error and were run again, by error code. */
    const retried = [];
    const audit = async () => {
      if (chrome instanceof Error) return { error: { code: 'CHROME_LAUNCH', message: chrome.message } };
      try {
        const result = await lighthouse(
          `${origin}${pathname}`,
          {
            port: chrome.port,
            logLevel: 'error',
            onlyCategories: [...lighthouseCategories],
            // The full-page screenshot only illustrates the HTML report, which the bench does not write.
            disableFullPageScreenshot: true,
          },
          lighthouseConfigs[formFactor],
        );
        return result
          ? { lhr: result.lhr }
          : { error: { code: 'NO_RESULT', message: 'lighthouse() returned no result' } };
      } catch (error) {
        return { error: { code: error.code ?? error.name, message: error.message } };
      }
    };
    for (let run = 0; run < lighthouseRunsPerPage; run += 1) {
      let result = await audit();
      // Chrome recorded an incomplete trace: run again, as Lighthouse asks, at most twice; a run still failing
      // after that counts as failed.
      for (let again = 0; again < maxTraceRetries && traceRecordingError(result); again += 1) {
        retried.push(traceRecordingError(result));
        result = await audit();
      }
      runs.push(result);
    }
    const { failures, median } = summarizeRuns(runs);
    (stock ? stockLighthouseMeasurements : lighthouseMeasurements).push({
      page: pathname,
      formFactor,
      runs: runs.length,
      failures,
      scores: median?.figures.scores ?? null,
    });
    lighthouseRows.push({
      pathname: stock ? `stock Docusaurus ${stockDocusaurusVersion}: ${pathname}` : pathname,
      formFactor,
      failures,
      retried,
      median,
      stock,
    });
  }
}
if (!(chrome instanceof Error)) chrome.kill();
const lighthouseSeconds = secondsSince(lighthouseStarted);

console.log(
  '| page | form factor | perf | a11y | BP | SEO | LCP | TBT | CLS | JS transferred | total transferred |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { pathname, formFactor, median } of lighthouseRows) {
  if (!median) {
    console.log(`| ${pathname} | ${formFactor} | no completed run |  |  |  |  |  |  |  |  |`);
    continue;
  }
  const { scores, lcpMs, tbtMs, cls, scriptBytes, totalBytes } = median.figures;
  console.log(
    `| ${pathname} | ${formFactor} | ${lighthouseCategories.map((category) => scores[category]).join(' | ')} | ${(lcpMs / 1000).toFixed(1)} s | ${ms(tbtMs)} | ${cls.toFixed(3)} | ${kb(scriptBytes)} | ${kb(totalBytes)} |`,
  );
}
for (const { pathname, formFactor, failures, retried } of lighthouseRows) {
  for (const { code, message } of failures)
    console.log(`- ${pathname} ${formFactor}: a run failed: ${code}: ${message}`);
  if (retried.length > 0)
    console.log(
      `- ${pathname} ${formFactor}: ${retried.length} run(s) run again after Chrome recorded an incomplete trace (${retried.join(', ')})`,
    );
}
if (server) {
  const stockRows = new Map(lighthouseRows.filter((row) => row.stock).map((row) => [row.formFactor, row]));
  console.log(
    `\nAgainst stock Docusaurus ${stockDocusaurusVersion} (${stockPagePath(stockTwinOf)}, the same text as ${stockTwinOf}), same run: our performance score and TBT as a ratio of the stock page's (score above 1 and TBT below 1 are better)`,
  );
  /** `ours / stock` to two decimals, or why there is no ratio. */
  const ratio = (ours, stock) =>
    ours === undefined || stock === undefined
      ? 'no completed run'
      : stock === 0
        ? `${Math.round(ours)} against 0`
        : `${(ours / stock).toFixed(2)}`;
  for (const { pathname, formFactor, median, stock } of lighthouseRows) {
    if (stock) continue;
    const stockFigures = stockRows.get(formFactor)?.median?.figures;
    console.log(
      `- ${pathname} ${formFactor}: performance ${ratio(median?.figures.scores.performance, stockFigures?.scores.performance)}, ` +
        `TBT ${ratio(median?.figures.tbtMs, stockFigures?.tbtMs)}`,
    );
  }
}
const pointsLost = lighthouseRows.flatMap(({ pathname, formFactor, median }) =>
  median
    ? lostPoints(
        median.lhr,
        lighthouseCategories.filter((category) => category !== 'performance'),
      ).map((lost) => ({ pathname, formFactor, ...lost }))
    : [],
);
if (pointsLost.length > 0) {
  console.log('\nAudits that cost points outside performance (median runs):');
  for (const { pathname, formFactor, category, audits } of pointsLost) {
    const list = audits.map(({ id, title, score }) => `${id} (${title}; score ${score})`).join('; ');
    console.log(`- ${pathname} ${formFactor} ${category}: ${list || 'no scored audit below 1'}`);
  }
}
const warnings = new Set(lighthouseRows.flatMap(({ median }) => median?.lhr.runWarnings ?? []));
for (const warning of warnings) console.log(`- Lighthouse warned: ${warning}`);
const lighthouseRunCount = lighthouseRows.reduce(
  (count, { retried }) => count + lighthouseRunsPerPage + retried.length,
  0,
);
console.log(
  `\nLighthouse took ${lighthouseSeconds.toFixed(0)} s for ${lighthouseRunCount} runs (${(lighthouseSeconds / lighthouseRunCount).toFixed(1)} s a run).`,
);

await stockServer.close();
if (!server) {
  console.log('\n(--only-stock: no load test, no budgets checked)');
} else {
  const loadTestSeconds = quick ? 5 : 30;
  const loadTestConnections = 10;
  const loadTestPages = ['/', '/glossary/recall'];

  console.log(
    `\n# Load test (autocannon, ${loadTestConnections} connections, ${loadTestSeconds} s per page${quick ? ', --quick' : ''}, Accept-Encoding: gzip)`,
  );
  /** @type {import('./lib/budgets.mjs').LoadTestMeasurement[]} */
  const loadTestMeasurements = [];
  console.log(
    '| page | requests/s (mean) | p99 latency | bytes/response | Content-Encoding | non-2xx | errors |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const pathname of loadTestPages) {
    const url = `${server.origin}${pathname}`;
    const encoding = await contentEncodingOf(url);
    const result = await autocannon({
      url,
      connections: loadTestConnections,
      duration: loadTestSeconds,
      headers: { 'accept-encoding': 'gzip' },
    });
    loadTestMeasurements.push({ page: pathname, errors: result.errors, non2xx: result.non2xx });
    const bytesPerResponse = result.requests.total ? result.throughput.total / result.requests.total : 0;
    console.log(
      `| ${pathname} | ${result.requests.average.toFixed(0)} | ${ms(result.latency.p99)} | ${kb(bytesPerResponse)} | ${encoding} | ${result.non2xx} | ${result.errors} (${result.timeouts} timeouts) |`,
    );
  }
  await server.close();

  console.log(`\n# Budgets (${budgetsFile})`);
  const checks = evaluateBudgets(budgets, {
    lighthouse: lighthouseMeasurements,
    stockLighthouse: stockLighthouseMeasurements,
    firstLoad: firstLoadMeasurements,
    search: searchMeasurements,
    loadTest: loadTestMeasurements,
  });
  console.log('| check | measured | limit | |');
  console.log('| --- | --- | --- | --- |');
  for (const { check, measured, limit, ok } of checks) {
    console.log(`| ${check} | ${measured} | ${limit} | ${ok ? '✓' : '✗'} |`);
  }
  const broken = checks.filter((check) => !check.ok);
  console.log(
    `\n${checks.length - broken.length} of ${checks.length} budgets kept${broken.length ? `; ${broken.length} broken (✗ above)` : ''}.`,
  );
  console.log(
    `Bench took ${secondsSince(benchStarted).toFixed(0)} s, of which Lighthouse ${lighthouseSeconds.toFixed(0)} s.`,
  );
  if (broken.length > 0) process.exitCode = 1;
}
