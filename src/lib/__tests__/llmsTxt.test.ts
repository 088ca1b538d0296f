import { describe, expect, it } from 'vitest';

import { buildLlmsTxt, llmsSections, type LlmsDoc, type LlmsSidebarItem } from '../llmsTxt';

const docs: LlmsDoc[] = [
  { id: 'intro', title: 'Introduction', description: 'Where to start.', permalink: '/en/intro' },
  {
    id: 'about-source',
    title: 'About the source',
    description: 'The article.',
    permalink: '/en/about-source',
  },
  { id: 'metrics/index', title: 'Model evaluation', description: 'Metrics.', permalink: '/en/metrics' },
  {
    id: 'metrics/classification',
    title: 'Classification [metrics]',
    description: 'Precision,\nrecall and F1.',
    permalink: '/en/metrics/classification',
  },
  { id: 'glossary/index', title: 'Glossary', description: '', permalink: '/en/glossary' },
  {
    id: 'glossary/recall',
    title: 'Recall (召回率)',
    description: 'Positives found.',
    permalink: '/en/glossary/recall',
  },
  {
    id: 'glossary/rag',
    title: 'RAG (检索增强生成)',
    description: 'Retrieval first.',
    permalink: '/en/glossary/rag',
  },
  { id: 'unlisted', title: 'Unlisted', description: 'In no sidebar.', permalink: '/en/unlisted' },
];

const sidebar: LlmsSidebarItem[] = [
  { type: 'doc', id: 'intro' },
  { type: 'doc', id: 'about-source' },
  {
    type: 'category',
    label: 'Model evaluation',
    link: { type: 'doc', id: 'metrics/index' },
    items: [{ type: 'doc', id: 'metrics/classification' }],
  },
  {
    type: 'category',
    label: 'Glossary',
    link: { type: 'doc', id: 'glossary/index' },
    items: [
      { type: 'category', label: 'Evaluation', items: [{ type: 'doc', id: 'glossary/recall' }] },
      { type: 'category', label: 'Generative AI', items: [{ type: 'doc', id: 'glossary/rag' }] },
    ],
  },
  { type: 'link' },
];

const params = {
  sidebar,
  docs,
  topLevelTitle: 'Getting started',
  optionalDocIds: ['about-source'],
  markdownUrl: (permalink: string) => `https://example.com${permalink}.md`,
};

describe('llmsSections', () => {
  it('makes a section of each category, nested ones titled with their parent, top-level docs first', () => {
    const { sections, optional } = llmsSections(params);
    expect(sections.map((section) => [section.title, section.links.map((link) => link.url)])).toEqual([
      ['Getting started', ['https://example.com/en/intro.md']],
      [
        'Model evaluation',
        ['https://example.com/en/metrics.md', 'https://example.com/en/metrics/classification.md'],
      ],
      ['Glossary', ['https://example.com/en/glossary.md']],
      ['Glossary / Evaluation', ['https://example.com/en/glossary/recall.md']],
      ['Glossary / Generative AI', ['https://example.com/en/glossary/rag.md']],
    ]);
    // The optional docs first, then those no sidebar lists: every doc is in llms.txt once.
    expect(optional.map((link) => link.title)).toEqual(['About the source', 'Unlisted']);
  });

  it('names the optional doc ids that no doc has', () => {
    expect(() =>
      llmsSections({ ...params, optionalDocIds: ['about-sauce'] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: llms.txt: "optionalDocIds" names "about-sauce", which no doc has (docs: intro, about-source, metrics/index, metrics/classification, glossary/index, glossary/recall, glossary/rag, unlisted)]`,
    );
  });

  it('names a sidebar doc the docs plugin did not load', () => {
    expect(() =>
      llmsSections({ ...params, sidebar: [...sidebar, { type: 'doc', id: 'glossary/gone' }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: llms.txt: the sidebar names the doc "glossary/gone", which the docs plugin did not load]`,
    );
  });
});

describe('buildLlmsTxt', () => {
  it('writes the llmstxt.org layout: H1, blockquote, details, H2 sections of links, Optional last', () => {
    expect(
      buildLlmsTxt({
        title: 'AI PM Handbook',
        summary: 'From traditional to AI product management.',
        details: 'Every page has a Markdown version at its address plus `.md`.',
        ...llmsSections(params),
      }),
    ).toMatchInlineSnapshot(`
      "# AI PM Handbook

      > From traditional to AI product management.

      Every page has a Markdown version at its address plus \`.md\`.

      ## Getting started
      - [Introduction](https://example.com/en/intro.md): Where to start.

      ## Model evaluation
      - [Model evaluation](https://example.com/en/metrics.md): Metrics.
      - [Classification \\[metrics\\]](https://example.com/en/metrics/classification.md): Precision, recall and F1.

      ## Glossary
      - [Glossary](https://example.com/en/glossary.md)

      ## Glossary / Evaluation
      - [Recall (召回率)](https://example.com/en/glossary/recall.md): Positives found.

      ## Glossary / Generative AI
      - [RAG (检索增强生成)](https://example.com/en/glossary/rag.md): Retrieval first.

      ## Optional
      - [About the source](https://example.com/en/about-source.md): The article.
      - [Unlisted](https://example.com/en/unlisted.md): In no sidebar.
      "
    `);
  });

  it('leaves out the Optional section when there are no secondary pages', () => {
    const text = buildLlmsTxt({ title: 'T', summary: 'S', details: 'D', sections: [], optional: [] });
    expect(text).toBe('# T\n\n> S\n\nD\n');
  });
});
