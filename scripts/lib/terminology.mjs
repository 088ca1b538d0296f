// @ts-check
// The words the glossary tells writers to avoid, found with file and line. No IO: scripts/check-terminology.mjs
// reads the pages; tested in scripts/lib/__tests__/terminology.test.ts.

/**
 * @typedef {object} DiscouragedTerm
 * @property {string} word the word as it must not stand alone
 * @property {readonly string[]} qualified longer words that contain it and are fine (数值精度)
 * @property {string} use what to write instead
 */

/**
 * The discouraged words. A use inside quotation marks (“精度”, 「增强学习」, "增强学习") is a mention of the word, as
 * when a page says what the source article calls something or warns that a word is ambiguous, and is allowed; so
 * is the `aliases` list of a glossary entry, where synonyms are listed so that they redirect and are found.
 * @type {readonly DiscouragedTerm[]}
 */
export const discouragedTerms = [
  {
    word: '精度',
    // Numeric precision and its formats, and the established name of MAP (平均精度均值).
    qualified: ['数值精度', '浮点精度', '单精度', '双精度', '半精度', '混合精度', '平均精度'],
    use: '“精度”有歧义（glossary/accuracy、glossary/precision）：按所指写准确率（accuracy）、精确率（precision）或数值精度',
  },
  {
    word: '增强学习',
    qualified: [],
    use: '写强化学习（glossary/reinforcement-learning）；转述原文用词时加引号：原文称“增强学习”',
  },
];

/**
 * @typedef {object} TerminologyProblem
 * @property {number} line 1-based
 * @property {number} column 1-based
 * @property {string} word the discouraged word found
 * @property {string} use what to write instead
 */

const quotePairs = { '“': '”', '「': '」', '『': '』', '‘': '’' };

/**
 * For each character of `line`, whether it stands inside quotation marks (Chinese “” 「」 『』 ‘’, or straight ")
 * opened and closed on that line.
 * @param {string} line
 * @returns {boolean[]}
 */
function quotedCharacters(line) {
  const quoted = Array.from({ length: line.length }, () => false);
  /** @type {string[]} */
  const open = [];
  /** @type {number[]} */
  const starts = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (char === '"') {
      // Straight quotes (English pages) open and close alike.
      if (open[open.length - 1] === '"') {
        open.pop();
        const start = starts.pop() ?? i;
        for (let j = start; j <= i; j++) quoted[j] = true;
      } else {
        open.push('"');
        starts.push(i);
      }
    } else if (char in quotePairs) {
      open.push(quotePairs[/** @type {keyof typeof quotePairs} */ (char)]);
      starts.push(i);
    } else if (open.length > 0 && char === open[open.length - 1]) {
      open.pop();
      const start = starts.pop() ?? i;
      for (let j = start; j <= i; j++) quoted[j] = true;
    }
  }
  return quoted;
}

/**
 * Every discouraged word of `text` (a Markdown/MDX page) that is neither part of a qualified word, nor quoted, nor
 * in front matter's `aliases`, nor in code.
 * @param {string} text
 * @param {readonly DiscouragedTerm[]} [terms]
 * @returns {TerminologyProblem[]}
 */
export function findTerminologyProblems(text, terms = discouragedTerms) {
  /** @type {TerminologyProblem[]} */
  const problems = [];
  let inFrontMatter = false;
  let inCode = false;
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (index === 0 && trimmed === '---') {
      inFrontMatter = true;
      return;
    }
    if (inFrontMatter) {
      if (trimmed === '---') inFrontMatter = false;
      if (/^aliases\s*:/.test(trimmed)) return;
    } else if (/^(`{3,}|~{3,})/.test(trimmed)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const quoted = quotedCharacters(line);
    const inInlineCode = Array.from({ length: line.length }, () => false);
    for (const match of line.matchAll(/`[^`]*`/g)) {
      for (let j = match.index ?? 0; j < (match.index ?? 0) + match[0].length; j++) inInlineCode[j] = true;
    }
    for (const { word, qualified, use } of terms) {
      for (let at = line.indexOf(word); at !== -1; at = line.indexOf(word, at + word.length)) {
        if (quoted[at] || inInlineCode[at]) continue;
        const isQualified = qualified.some((longer) => {
          const offset = longer.indexOf(word);
          return offset !== -1 && at >= offset && line.startsWith(longer, at - offset);
        });
        if (!isQualified) problems.push({ line: index + 1, column: at + 1, word, use });
      }
    }
  });
  return problems;
}
