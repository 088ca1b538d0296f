#!/usr/bin/env node
// The last step of `npm run build`: makes build/ ready for a server configured like deploy/nginx.
//   1. Checks that deploy/nginx/security-headers.conf's Content-Security-Policy allows every inline script a page
//      runs (else a browser would refuse it), naming the pages and the hash to add.
//   2. Writes build/.nginx/redirects.map: the alias pages of @docusaurus/plugin-client-redirects as real 301s.
//   3. Writes a gzip -9 twin of every text file, for nginx's gzip_static (or any host that serves .gz files).
// It runs after `docusaurus build` rather than in a plugin's postBuild because Docusaurus runs all postBuild hooks
// at once, and the files this step reads (search index, sitemap, redirect pages, glossary feed) are written there.
// usage: node scripts/prepare-deploy.mjs [buildDir]   (BASE_URL as for the build, default "/")
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { policyOfNginxHeaders, scriptSources } from './deploy/contentSecurityPolicy.mjs';
import { executableInlineScripts } from './deploy/inlineScripts.mjs';
import { precompressFiles } from './deploy/precompress.mjs';
import { nginxRedirectMap, redirectTargetOf } from './deploy/redirectPages.mjs';

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
  '.ttf',
  '.ico',
]);
/** The build's private folder for the server (nginx keeps dot folders from readers). */
const serverDir = '.nginx';

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
const redirects = [];
/** @type {Map<string, {pages: string[], excerpt: string}>} */
const unlisted = new Map();
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const html = await readFile(file, 'utf8');
  const relative = path.relative(buildDir, file).split(path.sep).join('/');
  const target = redirectTargetOf(html);
  if (target !== null) {
    const from = `${baseUrl}${relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
    redirects.push({ from, to: target });
    continue; // the server answers with a 301, so its script never runs
  }
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

await mkdir(path.join(buildDir, serverDir), { recursive: true });
await writeFile(path.join(buildDir, serverDir, 'redirects.map'), nginxRedirectMap(redirects));

const summary = await precompressFiles(
  files.filter((file) => compressibleExtensions.has(path.extname(file))),
);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `[prepare-deploy] CSP allows every inline script; ${redirects.length} redirects in ${serverDir}/redirects.map; ` +
    `${summary.files} files pre-compressed (${kb(summary.rawBytes)} → ${kb(summary.gzipBytes)} gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
