import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findTermReferences, loadGlossary, parseFrontMatter } from '../loadGlossary';

const fixtureSite = path.join(__dirname, '__fixtures__/site');

describe('loadGlossary', () => {
  it('reads both locales and every <Term> use, and reports all problems with file, field or line', () => {
    const { terms, errors } = loadGlossary(fixtureSite);
    expect(terms).toEqual([]);
    expect(errors).toMatchInlineSnapshot(`
      [
        "i18n/en/docusaurus-plugin-content-docs/current/glossary/recall.mdx: field "colour" is not allowed; allowed fields: id, title, name, otherName, abbr, aliases, category, summary, related, redirectFrom",
        "docs/glossary/precision.mdx: has no en translation; create i18n/en/docusaurus-plugin-content-docs/current/glossary/precision.mdx",
        "docs/glossary/recall.mdx: field "related" names "precison", which is no glossary entry (did you mean "precision"?)",
        "i18n/en/docusaurus-plugin-content-docs/current/glossary/recall.mdx:13: <Term id> names "precission", which is no glossary entry (did you mean "precision"?)",
        "docs/themes/workflow.mdx:4: <Term id> names "recal", which is no glossary entry (did you mean "recall"?)",
      ]
    `);
  });
});

describe('findTermReferences', () => {
  it('finds ids with their lines, in either quote style, outside code fences', () => {
    const source = [
      '<Term id="a">A</Term> and <Term id=\'b\'>B</Term>',
      '```',
      '<Term id="c" />',
      '```',
      'x <Term  id="d">',
    ];
    expect(findTermReferences(source.join('\n'))).toEqual([
      { id: 'a', line: 1 },
      { id: 'b', line: 1 },
      { id: 'd', line: 5 },
    ]);
  });
});

describe('parseFrontMatter', () => {
  it('reads YAML between the fences and rejects what is not a mapping', () => {
    expect(parseFrontMatter('---\nid: x\naliases: [a, b]\n---\nbody')).toEqual({
      id: 'x',
      aliases: ['a', 'b'],
    });
    expect(parseFrontMatter('no front matter')).toEqual({});
    expect(() => parseFrontMatter('---\n- a\n- b\n---\n')).toThrow('not a YAML mapping');
    expect(() => parseFrontMatter('---\nsummary: a: b\n---\n')).toThrow();
  });
});
