import type { Program } from 'estree';
import type { Code, Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';

/** The module that holds Prism and the highlighted code block; importing it registers it. */
export const highlightedCodeBlockModule = '@site/src/theme/CodeBlock/Content/Highlighted';

/**
 * The prop a fenced code block gets when its document imports the highlighted code block: it can render
 * highlighted at once, on the server and while hydrating, without a Suspense boundary.
 */
export const preloadedProp = 'highlightingPreloaded';

/** An `import '<source>';` statement as MDX needs it: source text and its ESTree. */
function sideEffectImport(source: string): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [],
        attributes: [],
        source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
      },
    ],
  };
  return { type: 'mdxjsEsm', value: `import ${JSON.stringify(source)};`, data: { estree } };
}

/**
 * A document with a fenced code block imports the highlighted code block, so Prism comes with that page's own
 * chunks: there before the server renders the page and before the browser hydrates it. Each fenced block is marked
 * with `preloadedProp`. Documents without code do not import it, and their pages carry no Prism.
 */
export default function remarkPreloadHighlighting() {
  return (tree: Root): void => {
    const blocks: Code[] = [];
    visit(tree, 'code', (node) => {
      blocks.push(node);
    });
    if (blocks.length === 0) return;
    for (const block of blocks) {
      block.data ??= {};
      block.data.hProperties = { ...block.data.hProperties, [preloadedProp]: true };
    }
    tree.children.unshift(sideEffectImport(highlightedCodeBlockModule));
  };
}
