import { readFileSync } from 'node:fs';
import path from 'node:path';

import { valueToEstree } from 'estree-util-value-to-estree';
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeKatex, { type Options } from 'rehype-katex';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Source of the messages rehype-katex puts on a file when a formula cannot be rendered. */
const katexSource = 'rehype-katex';

/**
 * How many lines the loader stripped (front matter) before handing the content to MDX,
 * so reported lines match the file on disk.
 */
function strippedLineCount(file: VFile): number {
  if (!file.path || typeof file.value !== 'string') return 0;
  try {
    const original = readFileSync(file.path, 'utf8');
    if (!original.endsWith(file.value)) return 0;
    return original.slice(0, original.length - file.value.length).split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** One line per formula that failed, naming file, line, column and KaTeX's own reason. */
function formatKatexFailures(file: VFile, messages: VFile['messages']): string {
  const offset = strippedLineCount(file);
  const where = file.path ? path.relative(process.cwd(), file.path) : '<unknown file>';
  const lines = messages.map((message) => {
    // The math element itself often has no position; its nearest positioned ancestor does.
    const positioned = [...(message.ancestors ?? [])].reverse().find((node) => node.position);
    const place = message.place ?? positioned?.position;
    const start = place && 'start' in place ? place.start : place;
    const line = start ? start.line + offset : '?';
    const column = start ? start.column : '?';
    const cause = message.cause instanceof Error ? message.cause.message : message.reason;
    return `${where}:${line}:${column}: KaTeX cannot render this formula: ${cause}`;
  });
  return `${lines.join('\n')}\nFix the LaTeX (KaTeX's supported functions: https://katex.org/docs/supported).`;
}

/**
 * A rendered formula as one `<span>` whose content React sets as HTML and leaves alone: KaTeX emits a dozen
 * elements per symbol (most of the elements of a page full of formulas), and as JSX each of them would be
 * created in the page's bundle and walked again when the page hydrates, for markup that never changes.
 */
function staticMath(node: Element): MdxJsxTextElementHast {
  const className = Array.isArray(node.properties.className) ? node.properties.className.join(' ') : '';
  const html = toHtml(node.children);
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: className },
      { type: 'mdxJsxAttribute', name: 'translate', value: 'no' },
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{__html: ${JSON.stringify(html)}}`,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: valueToEstree({ __html: html }) }],
            },
          },
        },
      },
    ],
    children: [],
  };
}

/**
 * rehype-katex 7 always renders with throwOnError forced off and only records a message on the
 * file, leaving a red `katex-error` span in the page. This wrapper fails the build instead, marks
 * rendered math `translate="no"` so browser translation leaves formulas alone, and hands each formula to
 * React as static HTML (see staticMath).
 */
export default function rehypeKatexStrict(options?: Readonly<Options>) {
  const renderMath = rehypeKatex(options);
  return (tree: Root, file: VFile): void => {
    const known = file.messages.length;
    renderMath(tree, file);
    const failures = file.messages.slice(known).filter((message) => message.source === katexSource);
    if (failures.length > 0) {
      throw new Error(formatKatexFailures(file, failures));
    }
    visit(tree, 'element', (node: Element, index, parent) => {
      const className = node.properties.className;
      if (
        !Array.isArray(className) ||
        !(className.includes('katex') || className.includes('katex-display'))
      ) {
        return undefined;
      }
      if (parent && index !== undefined) parent.children[index] = staticMath(node) as unknown as RootContent;
      return SKIP;
    });
  };
}
