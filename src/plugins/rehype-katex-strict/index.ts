import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Element, Root } from 'hast';
import rehypeKatex, { type Options } from 'rehype-katex';
import { visit } from 'unist-util-visit';
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
export function formatKatexFailures(file: VFile, messages: VFile['messages']): string {
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
 * rehype-katex 7 always renders with throwOnError forced off and only records a message on the
 * file, leaving a red `katex-error` span in the page. This wrapper fails the build instead, and marks
 * rendered math `translate="no"` so browser translation leaves formulas alone.
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
    visit(tree, 'element', (node: Element) => {
      const className = node.properties.className;
      if (Array.isArray(className) && (className.includes('katex') || className.includes('katex-display'))) {
        node.properties.translate = 'no';
      }
    });
  };
}
