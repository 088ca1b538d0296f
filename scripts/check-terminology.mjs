#!/usr/bin/env node
// The words the glossary says to avoid (scripts/lib/terminology.mjs: 精度 on its own, 增强学习 outside quotation
// marks), in the pages of every locale. Prints file:line:column and what to write instead for each, and exits 1 if
// there is one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { allLocaleFolders, listPages } from './lib/contentPages.mjs';
import { findTerminologyProblems } from './lib/terminology.mjs';

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pages = listPages(siteDir, allLocaleFolders);
let count = 0;
for (const page of pages) {
  for (const problem of findTerminologyProblems(readFileSync(path.join(siteDir, page), 'utf8'))) {
    count += 1;
    console.log(`${page}:${problem.line}:${problem.column}: “${problem.word}”: ${problem.use}`);
  }
}
if (count > 0) {
  console.log(`\nTerminology: ${count} discouraged word(s).`);
  process.exit(1);
}
console.log(`Terminology: ${pages.length} pages, no discouraged word.`);
