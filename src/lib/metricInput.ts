/**
 * Turning what a reader types or pastes into numbers for the metrics, with a reason for every refusal so a
 * calculator can explain it in the reader's language. Pure: no React, no DOM.
 */

/** The most rows a calculator accepts from a paste; more is refused with a message, not a frozen page. */
export const maxPastedRows = 10_000;
/** The largest count the confusion-matrix calculator accepts. */
export const maxCount = 1_000_000_000;

/** Why a typed count was refused. */
export type CountProblem = 'empty' | 'not-a-whole-number' | 'negative' | 'too-large';

/** A parsed value, or the reason it could not be parsed. */
export type Parsed<T, Problem> =
  { ok: true; value: T } | { ok: false; problem: Problem; line?: number; item?: number };

/** Reads a whole number of 0 or more, accepting full-width digits and thousands separators ("1,000"). */
export function parseCount(text: string): Parsed<number, CountProblem> {
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/[,_\s]/g, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  if (/^-\d+$/.test(cleaned)) return { ok: false, problem: 'negative' };
  if (!/^\+?\d+$/.test(cleaned)) return { ok: false, problem: 'not-a-whole-number' };
  const value = Number(cleaned);
  if (value > maxCount) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/** Why pasted pairs were refused. */
export type PairsProblem = 'empty' | 'too-many-rows' | 'not-two-numbers';

const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads two numbers per line from text pasted from a spreadsheet or a CSV file: separated by a tab, a comma, a
 * semicolon or spaces. Blank lines are skipped, and so is a first line of column names ("actual,predicted").
 */
export function parsePairs(text: string): Parsed<[number, number][], PairsProblem> {
  const lines = text.normalize('NFKC').split(/\r\n|\r|\n/);
  const rows = lines.map((line, index) => ({
    line: index + 1,
    cells: line.trim() === '' ? [] : line.trim().split(/\s*[\t,;]\s*|\s+/),
  }));
  const filled = rows.filter((row) => row.cells.length > 0);
  if (filled.length === 0) return { ok: false, problem: 'empty' };
  const [first] = filled;
  const body = first && !first.cells.some((cell) => numberPattern.test(cell)) ? filled.slice(1) : filled;
  if (body.length === 0) return { ok: false, problem: 'empty' };
  if (body.length > maxPastedRows) return { ok: false, problem: 'too-many-rows', line: maxPastedRows + 1 };
  const pairs: [number, number][] = [];
  for (const { line, cells } of body) {
    const [a, b] = cells;
    if (cells.length !== 2 || !a || !b || !numberPattern.test(a) || !numberPattern.test(b)) {
      return { ok: false, problem: 'not-two-numbers', line };
    }
    const pair: [number, number] = [Number(a), Number(b)];
    if (!pair.every(Number.isFinite)) return { ok: false, problem: 'not-two-numbers', line };
    pairs.push(pair);
  }
  return { ok: true, value: pairs };
}

/** The most relevance grades the ranking calculator reads from one paste. */
export const maxRankedItems = 100_000;

/** Why pasted relevance grades were refused. */
export type RelevanceProblem = 'empty' | 'too-many-items' | 'not-a-number' | 'negative';

/**
 * Reads ranked lists of relevance grades: one list per line, grades separated by commas, spaces, tabs,
 * semicolons or 、. A column with one grade per line (pasted from a spreadsheet) is one list, not many.
 * `line` and `item` (1-based) say where a refused grade is.
 */
export function parseRelevanceLists(text: string): Parsed<number[][], RelevanceProblem> {
  const lines = text
    .normalize('NFKC')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({
      line: index + 1,
      cells: line.split(/[\s,;、]+/).filter((cell) => cell !== ''),
    }))
    .filter((row) => row.cells.length > 0);
  if (lines.length === 0) return { ok: false, problem: 'empty' };
  const count = lines.reduce((total, row) => total + row.cells.length, 0);
  if (count > maxRankedItems) return { ok: false, problem: 'too-many-items' };
  const rows =
    lines.length > 1 && lines.every((row) => row.cells.length === 1)
      ? [lines.flatMap((row) => row.cells.map((cell) => ({ line: row.line, cell })))]
      : lines.map((row) => row.cells.map((cell) => ({ line: row.line, cell })));
  const lists: number[][] = [];
  for (const row of rows) {
    const list: number[] = [];
    for (const [index, { line, cell }] of row.entries()) {
      const item = lines.length > 1 && rows.length === 1 ? 1 : index + 1;
      const value = Number(cell);
      if (!numberPattern.test(cell) || !Number.isFinite(value))
        return { ok: false, problem: 'not-a-number', line, item };
      if (value < 0) return { ok: false, problem: 'negative', line, item };
      list.push(value);
    }
    lists.push(list);
  }
  return { ok: true, value: lists };
}

/** Reads whole numbers of 0 or more separated by commas, spaces or 、; `item` (1-based) says which was refused. */
export function parseCounts(text: string): Parsed<number[], CountProblem> {
  const cells = text
    .normalize('NFKC')
    .split(/[\s,;、]+/)
    .filter((cell) => cell !== '');
  if (cells.length === 0) return { ok: false, problem: 'empty' };
  const counts: number[] = [];
  for (const [index, cell] of cells.entries()) {
    const parsed = parseCount(cell);
    if (!parsed.ok) return { ok: false, problem: parsed.problem, item: index + 1 };
    counts.push(parsed.value);
  }
  return { ok: true, value: counts };
}
