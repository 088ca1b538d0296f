import type { GlossaryTerm } from './model';

/**
 * A jieba user dictionary (one "word frequency tag" per line) of every Chinese name and alias of every term, so
 * the search index keeps 召回率 or 最新最热排序 whole instead of cutting them into unrelated characters.
 */
export function jiebaUserDictionary(terms: readonly GlossaryTerm[]): string {
  const words = new Set<string>();
  for (const term of terms) {
    for (const entry of Object.values(term.locales)) {
      for (const word of [entry.name, entry.otherName, ...entry.aliases]) {
        // jieba reads a line as "word freq tag": a name with spaces would break the line, so its parts go in alone.
        for (const part of word.split(/\s+/)) if (/\p{Script=Han}/u.test(part)) words.add(part);
      }
    }
  }
  return [...words]
    .sort()
    .map((word) => `${word} 100000 n`)
    .join('\n');
}
