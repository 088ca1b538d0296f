import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';

import remarkPreloadHighlighting, {
  highlightedCodeBlockModule,
  preloadedProp,
} from '../remarkPreloadHighlighting';

const transform = remarkPreloadHighlighting();

const paragraph = (text: string): Root['children'][number] => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});

describe('remarkPreloadHighlighting', () => {
  it('leaves a document without fenced code as it is', () => {
    const tree: Root = {
      type: 'root',
      children: [paragraph('prose'), { type: 'paragraph', children: [{ type: 'inlineCode', value: 'x' }] }],
    };
    const before = structuredClone(tree);
    transform(tree);
    expect(tree).toEqual(before);
  });

  it('imports the highlighted code block once and marks every fenced block, keeping their other properties', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'code', lang: 'json', value: '{}' },
        paragraph('between'),
        { type: 'code', lang: 'bash', value: 'ls', data: { hProperties: { metastring: 'title="x"' } } },
      ],
    };
    transform(tree);
    expect(tree.children.map((node) => node.type)).toEqual(['mdxjsEsm', 'code', 'paragraph', 'code']);
    const [esm, first, , second] = tree.children;
    expect(esm).toMatchObject({
      value: `import ${JSON.stringify(highlightedCodeBlockModule)};`,
      data: {
        estree: {
          type: 'Program',
          body: [
            { type: 'ImportDeclaration', specifiers: [], source: { value: highlightedCodeBlockModule } },
          ],
        },
      },
    });
    expect(first?.data).toEqual({ hProperties: { [preloadedProp]: true } });
    expect(second?.data).toEqual({ hProperties: { metastring: 'title="x"', [preloadedProp]: true } });
  });
});
