/** The filter of the glossary page. Pure: no React, no DOM. */
import type { CategoryLabel, TermIndexItem } from './componentData';

/** The longest query the filter considers; anything longer is cut, never an error. */
export const maxFilterQueryLength = 100;

/** Lower-cased, width-folded text, so "ＡＵＣ", "auc" and "AUC" match alike. */
function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Folded words of a query; a query of only spaces has none and matches everything. */
export function queryWords(query: string): string[] {
  return foldForSearch(query.slice(0, maxFilterQueryLength)).split(/\s+/).filter(Boolean);
}

/** Whether a term matches every word of the query, in its names, abbreviation, aliases or summaries. */
export function termMatches(item: TermIndexItem, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [
      item.id,
      item.name,
      item.otherName,
      item.abbr ?? '',
      ...item.aliases,
      item.summary,
      ...item.otherSummaries,
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** Terms grouped by category in the glossary's order, each group sorted by the locale's collation of names. */
export function groupByCategory(
  items: readonly TermIndexItem[],
  categories: readonly CategoryLabel[],
  locale: string,
): { category: CategoryLabel; items: TermIndexItem[] }[] {
  const collator = new Intl.Collator(locale);
  return categories
    .map((category) => ({
      category,
      items: items
        .filter((item) => item.category === category.id)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.items.length > 0);
}
