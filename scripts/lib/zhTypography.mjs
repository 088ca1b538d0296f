// @ts-check
// Chinese typography of the zh-Hans pages, checked by zhlint (spacing between Chinese and Latin text, no space
// between Chinese text and a Chinese link, full-width punctuation). zhlint reads Markdown, not MDX, so the MDX-only
// parts (front matter, imports, KaTeX, JSX with expression attributes, heading ids) are masked first, line for
// line, so a problem is reported at its line. No IO: scripts/check-zh-typography.mjs reads the files; tested in
// scripts/lib/__tests__/zhTypography.test.ts.
import { run } from 'zhlint';

/**
 * zhlint's default preset with three changes, each to match the site's convention:
 * - `halfwidthPunctuation: ''`: the preset turns （）into (); in Chinese text the site writes full-width
 *   parentheses, （MSE）.
 * - `fullwidthPunctuation` adds （）: a half-width ( or ) between Chinese characters is reported.
 * - `adjustedFullwidthPunctuation: ''`: the preset treats “” as half-width and asks for spaces outside them; the
 *   site's Chinese quotes are full-width and take no space, “精度”。
 */
const zhlintRules = {
  preset: 'default',
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  adjustedFullwidthPunctuation: '',
};

/**
 * The rules for the entries of a page's sources, where titles and author lists keep the punctuation of their own
 * language (`Raymond, L. R.（2023）：Generative AI at Work`): no punctuation is converted and the spacing
 * around quotes and after half-width stops is left alone; spacing between Chinese and Latin text still counts.
 */
const zhlintReferenceRules = {
  ...zhlintRules,
  fullwidthPunctuation: '',
  spaceAfterHalfwidthPauseOrStop: undefined,
  spaceOutsideHalfwidthQuotation: undefined,
  noSpaceOutsideFullwidthQuotation: undefined,
};

/**
 * @typedef {object} TypographyProblem
 * @property {number} line 1-based
 * @property {number} column 1-based, in the line as written
 * @property {string} message zhlint's message (in Chinese)
 * @property {string} excerpt the text around the problem
 */

/**
 * A masked line and, for each of its characters, the column it came from in the line as written.
 * @typedef {{text: string, from: number[]}} MaskedLine
 */

/** @type {MaskedLine} */
const empty = { text: '', from: [] };

const inlineMath = /(?<!\\)\$(?!\$)(?:\\.|[^$\\])+?\$/g;
// A JSX element with an expression attribute (tp={40}): CommonMark does not read it as HTML.
const jsxWithExpression =
  /<[A-Z][\w.]*(?=[^>]*=\{)(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*\s*\/?>/g;
const mdxExpression = /\{[^{}]*\}/g;
const headingId = /\s*\{#[\w-]+\}\s*$/g;
// Numbers in brackets are data written as in code: [3, 0, 2, …], (0, 0.5); not a journal's 14(2).
const numberList = /(?<![\w)])[[(][-−+]?\d[\d.,\s−+…-]*[\])]/g;
// The number of a numbered heading (### 1. 数据收集), which Markdown would read as a list marker elsewhere.
const headingNumber = /(?<=^#{1,6} )\d+(?:\.\d+)*\.?(?= )/g;
// zhlint 0.8 takes these for Latin letters: kana (品質と当り), a dash joining Chinese words (精确率–召回率) and
// an exponent on a Chinese unit (万元²).
const misreadAsLatin =
  /[\u3040-\u30ff]|(?<=\p{Script=Han}|[“>])[–—](?=\p{Script=Han}|<)|(?<=\p{Script=Han})[²³]/gu;
// An apostrophe inside an English word (Don't) or before a two-digit year (RecSys '16) is not a quotation mark.
const apostrophe = /(?<=[A-Za-z])'(?=[A-Za-z])|(?<= )'(?=\d\d\b)/g;
// CommonMark closes ** after full-width punctuation only before a space or punctuation (`**要点。** 正文`), so that
// space is Markdown syntax, not typography.
const strongAfterPunctuation = /(?<=[，。：；？！”）])\*\* (?=\S)/g;

/**
 * `text` as inline code of the same length, so zhlint spaces it like code: `x…x`.
 * @param {string} text
 */
function asCode(text) {
  return text.length < 2 ? 'x' : `\`${'x'.repeat(text.length - 2)}\``;
}

/**
 * Replaces every match of `pattern` in a masked line, keeping track of where each character came from.
 * @param {MaskedLine} line
 * @param {RegExp} pattern a global regular expression
 * @param {(match: string) => string} replace
 * @returns {MaskedLine}
 */
function replaceIn(line, pattern, replace) {
  /** @type {MaskedLine} */
  const out = { text: '', from: [] };
  let last = 0;
  for (const match of line.text.matchAll(pattern)) {
    const index = match.index ?? 0;
    out.text += line.text.slice(last, index);
    out.from.push(...line.from.slice(last, index));
    const replacement = replace(match[0]);
    out.text += replacement;
    for (let i = 0; i < replacement.length; i++) {
      out.from.push(line.from[index + Math.min(i, match[0].length - 1)] ?? 0);
    }
    last = index + match[0].length;
  }
  out.text += line.text.slice(last);
  out.from.push(...line.from.slice(last));
  return out;
}

/**
 * One line of prose as Markdown zhlint can read: inline math, JSX elements with expression attributes, other MDX
 * expressions, numbers in brackets and a heading's number become inline code of the same length; characters
 * zhlint misreads become a Chinese character or a letter; heading ids are dropped, and so is the space CommonMark
 * needs after `**` that follows full-width punctuation.
 * @param {string} line
 * @returns {MaskedLine}
 */
function maskProseLine(line) {
  // Columns count UTF-16 code units, as zhlint's indexes do.
  /** @type {MaskedLine} */
  let masked = { text: line, from: Array.from({ length: line.length }, (_, i) => i) };
  masked = replaceIn(masked, headingId, () => '');
  masked = replaceIn(masked, inlineMath, asCode);
  masked = replaceIn(masked, jsxWithExpression, asCode);
  masked = replaceIn(masked, mdxExpression, asCode);
  masked = replaceIn(masked, numberList, asCode);
  masked = replaceIn(masked, headingNumber, asCode);
  masked = replaceIn(masked, misreadAsLatin, () => '中');
  masked = replaceIn(masked, apostrophe, () => 'x');
  masked = replaceIn(masked, strongAfterPunctuation, () => '**');
  return masked;
}

/**
 * The lines of an MDX page as zhlint should see them, in two texts with the page's line count: the prose, and
 * the entries under the sources heading (`## 参考资料 {#sources}`). Front matter, imports and exports, fenced
 * code, display math and MDX comments become empty lines.
 * @param {string} text
 * @returns {{prose: MaskedLine[], references: MaskedLine[]}}
 */
export function maskMdxForZhlint(text) {
  /** @type {MaskedLine[]} */
  const prose = [];
  /** @type {MaskedLine[]} */
  const references = [];
  /** @type {'text' | 'frontMatter' | 'code' | 'math'} */
  let state = 'text';
  let fence = '';
  let inSources = false;
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    /** @type {MaskedLine} */
    let masked = empty;
    if (state === 'frontMatter') {
      if (trimmed === '---') state = 'text';
    } else if (state === 'code') {
      if (trimmed.startsWith(fence)) state = 'text';
    } else if (state === 'math') {
      if (trimmed === '$$') state = 'text';
    } else if (index === 0 && trimmed === '---') {
      state = 'frontMatter';
    } else if (/^(`{3,}|~{3,})/.test(trimmed)) {
      state = 'code';
      fence = trimmed.slice(0, 3);
    } else if (trimmed === '$$') {
      state = 'math';
    } else if (!/^(import|export)\s/.test(trimmed) && !/^\{\/\*.*\*\/\}$/.test(trimmed)) {
      if (/^#{1,6}\s/.test(trimmed)) inSources = /\{#sources\}\s*$/.test(trimmed);
      masked = maskProseLine(line);
    }
    prose.push(inSources ? empty : masked);
    references.push(inSources ? masked : empty);
  });
  return { prose, references };
}

/**
 * zhlint's findings in masked lines, at the line and column of the page as written.
 * @param {MaskedLine[]} lines
 * @param {string[]} original
 * @param {object} rules
 * @returns {TypographyProblem[]}
 */
function lint(lines, original, rules) {
  if (lines.every((line) => line.text === '')) return [];
  /** @type {number[]} */
  const lineStarts = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.text.length + 1;
  }
  const { validations } = run(
    lines.map((line) => line.text).join('\n'),
    /** @type {import('zhlint').Options} */ ({ rules }),
  );
  return validations.map((validation) => {
    let line = lineStarts.length - 1;
    while ((lineStarts[line] ?? 0) > validation.index) line--;
    const masked = lines[line] ?? empty;
    // A problem with the space after a token is reported at that space.
    const index =
      validation.target === 'spaceAfter' ? validation.index + validation.length : validation.index;
    const at = index - (lineStarts[line] ?? 0);
    const column = masked.from[Math.min(at, masked.from.length - 1)] ?? 0;
    const source = original[line] ?? '';
    return {
      line: line + 1,
      column: column + 1,
      message: validation.message,
      excerpt: source.slice(Math.max(0, column - 12), column + 12),
    };
  });
}

/**
 * Every typography problem zhlint finds in one zh-Hans MDX page, in the order of the page.
 * @param {string} text the page
 * @returns {TypographyProblem[]}
 */
export function findTypographyProblems(text) {
  const { prose, references } = maskMdxForZhlint(text);
  const original = text.split('\n');
  return [...lint(prose, original, zhlintRules), ...lint(references, original, zhlintReferenceRules)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
