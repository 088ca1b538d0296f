import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const siteDir = path.resolve(__dirname, '../..');
const outDirs: string[] = [];

/** Builds a fixture site with the real strict rules and returns what Docusaurus printed. */
function buildFixture(name: string): { status: number | null; output: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), `strict-${name}-`));
  outDirs.push(outDir);
  const result = spawnSync(
    process.execPath,
    [
      path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      path.join(__dirname, '__fixtures__', name),
      '--out-dir',
      outDir,
      '--no-minify',
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the build fails, naming the place, when', () => {
  it('a formula does not parse, or a Markdown link names no file', () => {
    const { status, output } = buildFixture('bad-markdown');
    expect(status).not.toBe(0);
    expect(output).toContain('bad-markdown/docs/index.md:9:1: KaTeX cannot render this formula');
    expect(output).toContain("expected '}'");
    expect(output).toMatch(/bad-markdown\/docs\/links\.md[\s\S]*\.\/missing-page\.md/);
  });

  it('a link leads to no page', () => {
    const { status, output } = buildFixture('broken-link');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/:\s*\n\s*-> linking to \/nowhere/);
  });

  it('an anchor names no heading', () => {
    const { status, output } = buildFixture('broken-anchor');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/:\s*\n\s*-> linking to \/other#no-such-heading/);
    expect(output).not.toContain('/other#present');
  });
});
