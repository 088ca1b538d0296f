#!/usr/bin/env node
// The last step of `npm run build`: makes build/ ready for a server configured like deploy/nginx.
//   1. Checks that deploy/nginx/security-headers.conf's Content-Security-Policy allows every inline script a page
//      runs (else a browser would refuse it), naming the pages and the hash to add.
//      Pages listed in build/.nginx/redirects.map (the glossary's alias URLs, written by the glossary plugin) are
//      answered with a 301 by nginx, so their redirect script never runs and needs no hash.
//   2. Writes a gzip -9 twin of every text file, for nginx's gzip_static (or any host that serves .gz files).
// It runs after `docusaurus build` rather than in a plugin's postBuild because Docusaurus runs all postBuild hooks
// at once, and the files this step reads (search index, sitemap, redirect pages, glossary feed) are written there.
// usage: node scripts/prepare-deploy.mjs [buildDir]   (BASE_URL as for the build, default "/")
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { policyOfNginxHeaders, scriptSources } from './deploy/contentSecurityPolicy.mjs';
import { executableInlineScripts } from './deploy/inlineScripts.mjs';
import { precompressFiles } from './deploy/precompress.mjs';
import { redirectedPaths } from './deploy/redirectMap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const headersFile = 'deploy/nginx/security-headers.conf';
/** Files that get a .gz twin: text, and the TrueType fonts KaTeX ships for old browsers. */
const compressibleExtensions = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.xsl',
  '.txt',
  '.md',
  '.ttf',
  '.ico',
]);
/** The redirect map in the build, as deploy/nginx includes it. */
const redirectMapFile = '.nginx/redirects.map';

const buildDir = path.resolve(root, process.argv[2] ?? 'build');
const baseUrl = process.env.BASE_URL ?? '/';
const started = Date.now();

const files = (await readdir(buildDir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name));
if (!files.some((file) => file === path.join(buildDir, 'index.html'))) {
  throw new Error(`${buildDir} has no index.html: run \`docusaurus build\` first`);
}

const allowed = new Set(
  scriptSources(policyOfNginxHeaders(await readFile(path.join(root, headersFile), 'utf8'), headersFile)),
);
const mapPath = path.join(buildDir, redirectMapFile);
const redirectMap = await readFile(mapPath, 'utf8').catch((cause) => {
  throw new Error(
    `${mapPath} is missing: the glossary plugin writes it in the default locale's build; run \`npm run build\` (every locale)`,
    { cause },
  );
});
const redirected = redirectedPaths(redirectMap, mapPath);
/** @type {Map<string, {pages: string[], excerpt: string}>} */
const unlisted = new Map();
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const html = await readFile(file, 'utf8');
  const relative = path.relative(buildDir, file).split(path.sep).join('/');
  const pathname = `${baseUrl}${relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
  if (redirected.has(pathname)) continue; // the server answers with a 301, so its script never runs
  for (const script of executableInlineScripts(html)) {
    if (allowed.has(script.hashSource)) continue;
    const entry = unlisted.get(script.hashSource) ?? { pages: [], excerpt: script.excerpt };
    entry.pages.push(relative);
    unlisted.set(script.hashSource, entry);
  }
}
if (unlisted.size > 0) {
  const lines = [...unlisted].map(
    ([hash, { pages, excerpt }]) =>
      `  ${hash}  (\`${excerpt}…\`) in ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}`,
  );
  console.error(
    `${headersFile}: the Content-Security-Policy's script-src does not allow ${unlisted.size} inline script(s) of this build, so browsers would refuse to run them. If a script is meant to be there, add its hash to script-src:\n${lines.join('\n')}`,
  );
  process.exit(1);
}

const summary = await precompressFiles(
  files.filter((file) => compressibleExtensions.has(path.extname(file))),
);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `[prepare-deploy] CSP allows every inline script (${redirected.size} redirect pages answered by nginx instead); ` +
    `${summary.files} files pre-compressed (${kb(summary.rawBytes)} → ${kb(summary.gzipBytes)} gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
