#!/usr/bin/env node
// Chinese typography of the zh-Hans pages (docs/, blog/, src/pages/), checked by zhlint with the site's
// conventions (scripts/lib/zhTypography.mjs): a space between Chinese and Latin text, none between Chinese text
// and a Chinese <Term> link, full-width punctuation and parentheses in Chinese text. Prints file:line:column for
// each problem and exits 1 if there is one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defaultLocaleFolders, listPages } from './lib/contentPages.mjs';
import { findTypographyProblems } from './lib/zhTypography.mjs';

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pages = listPages(siteDir, defaultLocaleFolders);
let count = 0;
for (const page of pages) {
  for (const problem of findTypographyProblems(readFileSync(path.join(siteDir, page), 'utf8'))) {
    count += 1;
    console.log(`${page}:${problem.line}:${problem.column}: ${problem.message}: “${problem.excerpt}”`);
  }
}
if (count > 0) {
  console.log(
    `\nChinese typography: ${count} problem(s) in the zh-Hans pages (zhlint's rules, scripts/lib/zhTypography.mjs).`,
  );
  process.exit(1);
}
console.log(`Chinese typography: ${pages.length} zh-Hans pages, no problem.`);
