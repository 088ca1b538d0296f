import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findUntranslatedPages } from './contentFiles';

describe('locale parity', () => {
  it('has every page of the default locale in every other locale, and no translation without its page', () => {
    expect(findUntranslatedPages(path.resolve(__dirname, '../..'))).toEqual([]);
  });

  it('names both files when a page lacks its twin', () => {
    expect(findUntranslatedPages(path.join(__dirname, '__fixtures__/untranslated-site')))
      .toMatchInlineSnapshot(`
      [
        "docs/glossary/zh-only.mdx: has no en translation; create i18n/en/docusaurus-plugin-content-docs/current/glossary/zh-only.mdx",
        "i18n/en/docusaurus-plugin-content-blog/2026-01-01-en-only.md: translates a page that does not exist; expected blog/2026-01-01-en-only.md",
      ]
    `);
  });
});
