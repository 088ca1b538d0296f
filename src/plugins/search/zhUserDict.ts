import type { GlossaryTerm } from '../../lib/glossary';

/**
 * A jieba user dictionary (one "word frequency" per line) of every Chinese term name and alias, so the
 * search index keeps 召回率 or 最新最热排序 whole instead of cutting them into unrelated characters.
 */
export function zhUserDictionary(terms: readonly GlossaryTerm[]): string {
  const words = new Set<string>();
  for (const term of terms) {
    const zh = term.locales['zh-Hans'];
    for (const word of [zh.name, ...zh.aliases, term.locales.en.otherName]) {
      // jieba reads a line as "word freq": a name with spaces would break the line, so its parts go in alone.
      for (const part of word.split(/\s+/)) if (/\p{Script=Han}/u.test(part)) words.add(part);
    }
  }
  return [...words]
    .sort()
    .map((word) => `${word} 100000 n`)
    .join('\n');
}
