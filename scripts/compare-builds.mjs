#!/usr/bin/env node
// Compares two builds of the site, to show that a refactoring changed nothing a reader or a server sees:
// the same files, glossary.json and the nginx redirect map byte for byte, and every other text file (pages,
// sitemaps, feeds, search index) the same once the content hashes in asset names are set aside.
// usage: node scripts/compare-builds.mjs <baselineBuildDir> [buildDir]   (build a commit with `npm run build`, copy
// its build/ aside, then build this one)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const [baselineArg, buildArg = 'build'] = process.argv.slice(2);
if (!baselineArg) {
  console.error('usage: node scripts/compare-builds.mjs <baselineBuildDir> [buildDir]');
  process.exit(2);
}
const baseline = path.resolve(baselineArg);
const current = path.resolve(buildArg);

/** Files of a build other than hashed assets and their .gz twins, as sorted relative paths. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !/(^|\/)assets\//.test(file) && !file.endsWith('.gz'))
    .sort();
}

/** Text with the content hashes of asset names (`main.1a2b3c4d.js`, `assets/js/1a2b3c4d.…`) replaced. */
const withoutHashes = (text) =>
  text.replace(/\b[0-9a-f]{8}\.(js|css)\b/g, 'HASH.$1').replace(/(assets\/js\/)[0-9a-f]{8}\./g, '$1HASH.');

const byteForByte = new Set(['glossary.json', '.nginx/redirects.map']);
const [before, after] = await Promise.all([listFiles(baseline), listFiles(current)]);
const problems = [];
for (const file of before.filter((name) => !after.includes(name))) problems.push(`missing: ${file}`);
for (const file of after.filter((name) => !before.includes(name))) problems.push(`new: ${file}`);

let same = 0;
for (const file of before.filter((name) => after.includes(name))) {
  const [a, b] = await Promise.all([readFile(path.join(baseline, file)), readFile(path.join(current, file))]);
  if (a.equals(b)) {
    same += 1;
  } else if (byteForByte.has(file)) {
    problems.push(`differs byte for byte: ${file}`);
  } else if (
    /\.(html|xml|json|txt|xsl)$/.test(file) &&
    withoutHashes(a.toString()) === withoutHashes(b.toString())
  ) {
    same += 1;
  } else {
    problems.push(`differs: ${file}`);
  }
}
for (const file of byteForByte) {
  if (!before.includes(file)) problems.push(`the baseline has no ${file}`);
}

console.log(`${before.length} files in the baseline, ${after.length} in this build; ${same} the same`);
console.log(
  `byte for byte: ${[...byteForByte].join(', ')}: ${problems.some((p) => [...byteForByte].some((f) => p.endsWith(f))) ? 'DIFFERENT' : 'identical'}`,
);
if (problems.length) {
  console.log(
    `${problems.length} difference(s):\n${problems
      .slice(0, 50)
      .map((p) => `  ${p}`)
      .join('\n')}`,
  );
  process.exit(1);
}
console.log('no difference');
