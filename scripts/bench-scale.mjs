#!/usr/bin/env node
// `npm run bench:scale`: what search costs when the knowledge base is 1,000 and 10,000 pages per locale (not part of
// npm test; a few minutes). For each size it writes a synthetic corpus shaped like the site (scripts/lib/
// syntheticCorpus.mjs), builds its index as the site's build does (the search plugin's lunr index, then
// src/lib/search/compactIndex.ts), puts it in place of the real index in a copy of the build, serves that with
// nginx and deploy/nginx, and types a first and a second query into the real search box in Chromium. It prints the
// index's build time and size, and the bytes and milliseconds of each query. Goal at 10,000 pages: a first query
// within 250 KB and 100 ms. Needs a build (`npm run build`) and, at 10,000 pages, about 10 GB of memory (the npm
// script raises Node's heap limit).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { loadFreshModule } from '@docusaurus/utils';
import { chromium } from 'playwright-core';

import { chromiumFlags, findChromium } from './chromium.mjs';
import {
  clearQuery,
  focusSearchBox,
  lastSearchMarks,
  searchPhases,
  trackRequests,
  typeQuery,
} from './lib/searchBox.mjs';
import { siteMaterial, syntheticDocuments } from './lib/syntheticCorpus.mjs';
import { startNginx } from './nginxServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
if (!existsSync(path.join(buildDir, 'search-index.json'))) {
  console.error('bench:scale needs a build with its search index: run `npm run build` first.');
  process.exit(1);
}
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const pageCounts = sizes.length > 0 ? sizes : [1000, 10000];
const locales = [
  { locale: 'zh-Hans', prefix: '', queries: ['召回率', '卷积神经网络'] },
  { locale: 'en', prefix: '/en', queries: ['recall', 'convolutional'] },
];

/** Fresh pages per query; the median is printed. */
const runsPerQuery = 3;
const gzip = (data) => gzipSync(data, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (started) => ((performance.now() - started) / 1000).toFixed(1);

// What the site's build uses: the plugin's index builder with the site's language and jieba user dictionary, and the
// site's compaction.
const { buildIndex } = createRequire(import.meta.url)(
  '@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js',
);
const { loadSiteGlossary } = await loadFreshModule(path.join(root, 'docusaurus.config.ts'));
const glossary = await loadSiteGlossary();
const { compactIndex, defaultCompactOptions } = await loadFreshModule(
  path.join(root, 'src/lib/search/compactIndex.ts'),
);
const indexOptions = {
  language: ['en', 'zh'],
  removeDefaultStopWordFilter: [],
  removeDefaultStemmer: false,
  zhUserDict: glossary.jiebaUserDictionary,
};

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
console.log(`# Search at scale (synthetic corpus; ${new Date().toISOString()})`);
console.log(
  '| pages per locale | locale | index build | shards | index files (gzip) | first query: bytes, ms | second query: bytes, ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
/** Where each median query's time went, printed after the table. */
const breakdowns = [];
try {
  for (const pageCount of pageCounts) {
    const site = mkdtempSync(path.join(tmpdir(), `ai-pm-scale-${pageCount}-`));
    cpSync(buildDir, site, { recursive: true });
    const rows = [];
    for (const { locale, prefix, queries } of locales) {
      const documents = syntheticDocuments({
        pageCount,
        locale,
        material: siteMaterial(root, locale),
        seed: pageCount,
      });
      const started = performance.now();
      // What the plugin serializes, without the string: at 10,000 pages that would pass V8's string limit.
      const pluginIndexes = buildIndex(documents, indexOptions).map(({ documents, index }) => ({
        documents,
        index: index.toJSON(),
      }));
      const { manifest, files } = compactIndex(pluginIndexes, defaultCompactOptions);
      const buildSeconds = seconds(started);
      const outDir = path.join(site, prefix);
      rmSync(path.join(outDir, 'search-index'), { recursive: true, force: true });
      for (const [file, text] of files) {
        mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
        writeFileSync(path.join(outDir, file), text);
      }
      writeFileSync(path.join(outDir, 'search-index.json'), JSON.stringify(manifest));
      rmSync(path.join(outDir, 'search-index.json.gz'), { force: true });
      const total = [...files.values()].reduce((sum, text) => sum + gzip(text), 0);
      rows.push({
        locale,
        prefix,
        queries,
        buildSeconds,
        shards: manifest.shards.length,
        files: files.size,
        total,
      });
    }
    const server = await startNginx(site);
    try {
      for (const row of rows) {
        const measured = await measureQueries(server.origin, row.prefix, row.queries);
        for (const { query, ms, phases } of measured) {
          breakdowns.push(
            `${pageCount} ${row.locale} "${query}" (${ms.toFixed(0)} ms): ` +
              phases.map(({ phase, ms }) => `${phase} ${ms.toFixed(1)}`).join(', '),
          );
        }
        console.log(
          `| ${pageCount} | ${row.locale} | ${row.buildSeconds} s | ${row.shards} | ${row.files} files, ${kb(row.total)} | ` +
            measured
              .map(({ query, bytes, ms }) => `"${query}": ${kb(bytes)}, ${ms.toFixed(0)} ms`)
              .join(' | ') +
            ' |',
        );
      }
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log(
  `\nWhere each query's time went (the median of ${runsPerQuery} runs, in ms):\n${breakdowns.join('\n')}`,
);
console.log(
  '\nBytes: every search-index file a query fetches (manifest on focus, shards, tails, result pages), gzip; the ' +
    'search code is the same at every size (see `npm run bench`). ms: from the keystroke to the first suggestion in the page, ' +
    `once what focus fetches is in, median of ${runsPerQuery} fresh pages.`,
);

/**
 * Types each query into the navbar box of the locale's /intro page, on `runsPerQuery` fresh pages: index bytes
 * fetched, ms to a suggestion (median) and where the median run's time went.
 */
async function measureQueries(origin, prefix, queries) {
  const runs = [];
  for (let run = 0; run < runsPerQuery; run += 1)
    runs.push(await measureQueriesOnce(origin, prefix, queries));
  return queries.map((query, k) => {
    const measured = runs.map((results) => results[k]).sort((a, b) => a.ms - b.ms);
    return measured[Math.floor(measured.length / 2)];
  });
}

async function measureQueriesOnce(origin, prefix, queries) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${origin}${prefix}/intro`, { waitUntil: 'networkidle' });
    const requests = trackRequests(page);
    let fetched = [];
    page.on('response', (response) => {
      if (/\/search-index[./]/.test(response.url())) {
        fetched.push(
          response.body().then(
            (body) => gzip(body),
            () => 0,
          ),
        );
      }
    });
    await focusSearchBox(page, requests);
    const results = [];
    for (const query of queries) {
      await clearQuery(page);
      const typed = await typeQuery(page, query, 30_000);
      const phases = searchPhases(typed, await lastSearchMarks(page));
      await requests.quiet();
      const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
      fetched = [];
      results.push({ query, bytes, ms: typed.ms, phases });
    }
    return results;
  } finally {
    await page.close();
  }
}
