import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { tokenizeCode } from './tokenizeCode';

/** The prop that carries a fenced code block's build-time tokens (JSON) to `@theme/CodeBlock`. */
export const codeTokensProp = 'prismTokens';

/**
 * Highlights fenced code blocks at build time: each block with a language gets its Prism tokens as a prop, and
 * `src/theme/CodeBlock/Content/String` renders them with the theme's colours. Pages with code then need no Prism
 * in the browser; a block without tokens (no language, or a `<CodeBlock>` in a React page) loads it on demand.
 */
export default function remarkCodeTokens() {
  return (tree: Root): void => {
    visit(tree, 'code', (node) => {
      if (!node.lang) return;
      node.data ??= {};
      node.data.hProperties = {
        ...node.data.hProperties,
        [codeTokensProp]: JSON.stringify(tokenizeCode(node.value, node.lang)),
      };
    });
  };
}
