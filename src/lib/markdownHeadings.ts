import { parseMarkdownHeadingId } from '@docusaurus/utils';

/** A Markdown heading found in a source file, with its explicit `{#id}` if it has one. */
export interface MarkdownHeading {
  readonly line: number;
  readonly depth: number;
  readonly text: string;
  readonly id: string | null;
}

/** A heading that breaks the anchor rules, with the reason in words. */
export interface HeadingProblem {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

const fencePattern = /^\s{0,3}(`{3,}|~{3,})/;
const headingPattern = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** Anchors must survive translation and be pasteable anywhere: lowercase ASCII kebab-case. */
const anchorIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lines of front matter at the top of a file (0 when there is none). */
function frontMatterLength(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end === -1 ? 0 : end + 1;
}

/** Every ATX heading outside front matter and fenced code, in order. */
export function findHeadings(source: string): MarkdownHeading[] {
  const lines = source.split(/\r?\n/);
  const headings: MarkdownHeading[] = [];
  let fence: string | null = null;
  for (let index = frontMatterLength(lines); index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const match = headingPattern.exec(line);
    if (!match) continue;
    // The explicit id as Docusaurus itself reads it (its heading plugin uses the same function).
    const { text, id } = parseMarkdownHeadingId(match[2] ?? '');
    headings.push({ line: index + 1, depth: (match[1] ?? '').length, text, id: id ?? null });
  }
  return headings;
}

/**
 * Headings without an explicit ASCII id, with a malformed one, whose id repeats within the file, or that skip a
 * level (an h4 straight after an h2 breaks the outline screen readers navigate by).
 */
export function findHeadingProblems(source: string): HeadingProblem[] {
  const problems: HeadingProblem[] = [];
  const seen = new Map<string, number>();
  let previousDepth = 1; // the page title
  for (const heading of findHeadings(source)) {
    if (heading.depth > previousDepth + 1) {
      problems.push({
        line: heading.line,
        text: heading.text,
        reason: `is an h${heading.depth} right after an h${previousDepth}; use h${previousDepth + 1} or add the missing level`,
      });
    }
    previousDepth = heading.depth;
    if (heading.depth === 1) continue; // the page title; Docusaurus gives it no anchor
    if (heading.id === null) {
      problems.push({
        line: heading.line,
        text: heading.text,
        reason: 'has no explicit id; add one such as {#what-it-means} (lowercase ASCII kebab-case)',
      });
    } else if (!anchorIdPattern.test(heading.id)) {
      problems.push({
        line: heading.line,
        text: heading.text,
        reason: `has the id "${heading.id}", which is not lowercase ASCII kebab-case`,
      });
    } else if (seen.has(heading.id)) {
      problems.push({
        line: heading.line,
        text: heading.text,
        reason: `repeats the id "${heading.id}" already used on line ${seen.get(heading.id)}`,
      });
    } else {
      seen.set(heading.id, heading.line);
    }
  }
  return problems;
}
