import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findHeadingProblems } from '../../src/lib/markdownHeadings';
import { listAllContentFiles } from './contentFiles';

const siteDir = path.resolve(__dirname, '../..');
const files = listAllContentFiles(siteDir);

describe('every heading has an explicit ASCII id', () => {
  it('finds content to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const problems = findHeadingProblems(readFileSync(path.join(siteDir, file), 'utf8')).map(
      (problem) => `${file}:${problem.line}: heading "${problem.text}" ${problem.reason}`,
    );
    expect(problems).toEqual([]);
  });
});
