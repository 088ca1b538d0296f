import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  checkStockVersions,
  stockDocs,
  stockDocusaurusVersion,
  stockPagePath,
  stockSiteFiles,
} from '../stockSite.mjs';

describe('stockPagePath', () => {
  it('puts our English docs pages below /docs', () => {
    expect(stockPagePath('/en/themes/user-insight')).toBe('/docs/themes/user-insight');
  });

  it.each(['/themes/user-insight', '/en/', '/en'])('refuses %s, which is no English docs page', (page) => {
    expect(() => stockPagePath(page)).toThrowError(`stockPagePath: "${page}" is no English docs page`);
  });
});

describe('checkStockVersions', () => {
  it('is the Docusaurus this repository builds with (a Docusaurus upgrade must update the stock site)', () => {
    const require = createRequire(path.join(__dirname, '../../../package.json'));
    expect(() =>
      checkStockVersions((name) => require(`${name}/package.json`).version as string),
    ).not.toThrow();
  });

  it('names every package of another version', () => {
    expect(() =>
      checkStockVersions((name) => (name === '@docusaurus/core' ? '3.11.0' : stockDocusaurusVersion)),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: scripts/lib/stockSite.mjs: the stock site is Docusaurus 3.10.2's classic template, but @docusaurus/core is 3.11.0: compare that version's create-docusaurus classic template with this file's and update stockDocusaurusVersion]
    `);
  });
});

describe('stockDocs', () => {
  it('keeps the pages, and makes a page with a folder of its name that folder’s index', () => {
    const docs = stockDocs([
      { file: 'intro.md', text: '# Introduction\n' },
      { file: 'themes.md', text: '# Themes\n' },
      { file: 'themes/user-insight.md', text: '# User-need insight\n' },
      { file: 'theme.md', text: '# Not a folder’s page\n' },
    ]);
    expect([...docs.keys()]).toEqual(['intro.md', 'themes/index.md', 'themes/user-insight.md', 'theme.md']);
    expect(docs.get('themes/index.md')).toBe('# Themes\n');
  });

  it('names every page without a "# Title" first line', () => {
    expect(() =>
      stockDocs([
        { file: 'intro.md', text: '# Introduction\n' },
        { file: 'a.md', text: 'Text first\n\n# Title\n' },
        { file: 'b/c.md', text: '## Second level\n' },
      ]),
    ).toThrowError(
      'build/en: 2 Markdown page(s) do not start with a "# Title" line, which the stock site takes its titles from: a.md, b/c.md',
    );
  });
});

describe('stockSiteFiles', () => {
  const files = stockSiteFiles(new Map([['intro.md', '# Introduction\n']]));

  it('is the classic template with our docs, their Markdown read as CommonMark', () => {
    expect([...files.keys()]).toEqual([
      'package.json',
      'docusaurus.config.js',
      'sidebars.js',
      'src/css/custom.css',
      'src/pages/index.md',
      'static/img/favicon.svg',
      'docs/intro.md',
    ]);
    const config = files.get('docusaurus.config.js');
    expect(config).toContain("markdown: {format: 'detect'}");
    expect(config).toContain("favicon: 'img/favicon.svg'");
    expect(config).toContain('v4: true');
    expect(config).not.toMatch(/faster|plugins:|themes:|clientModules|headTags|scripts:/);
    expect(JSON.parse(files.get('package.json') ?? '').dependencies).toEqual({
      '@docusaurus/core': stockDocusaurusVersion,
      '@docusaurus/preset-classic': stockDocusaurusVersion,
    });
  });
});
