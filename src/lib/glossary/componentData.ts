/**
 * What the glossary's components receive, in the reader's locale. Types and plain functions only: components
 * import the types; the remark plugin builds the values of props, and the glossary plugin the glossary page's rows.
 */
import { termEntry, type GlossaryTerm, type Locale } from './model';

/** A term as a tooltip or a "related terms" row shows it, in the reader's locale. */
export interface TermSummary {
  readonly id: string;
  /** The term page's path below the locale's root, e.g. `/glossary/recall`. */
  readonly to: string;
  readonly title: string;
  readonly name: string;
  readonly otherName: string;
  /** The language `otherName` is in, as an HTML `lang` value. */
  readonly otherLang: string;
  readonly summary: string;
}

/** A row of the glossary page, with what the filter searches in every locale. */
export interface TermIndexItem extends TermSummary {
  readonly category: string;
  readonly abbr: string | null;
  readonly aliases: readonly string[];
  /** The summaries in the other locales, searched but not shown. */
  readonly otherSummaries: readonly string[];
}

/** A category of the glossary with its name in the reader's locale, in the glossary's order. */
export interface CategoryLabel {
  readonly id: string;
  readonly label: string;
}

/** What the component data depends on besides the term: the glossary's URL path and the other name's language. */
export interface ComponentDataContext {
  readonly route: string;
  readonly otherLang: (locale: Locale) => string;
}

/** What the reader's locale shows of a term: enough for a tooltip or a list row. */
export function termSummary(
  term: GlossaryTerm,
  locale: Locale,
  { route, otherLang }: ComponentDataContext,
): TermSummary {
  const entry = termEntry(term, locale);
  return {
    id: term.id,
    to: `${route}/${term.id}`,
    title: entry.title,
    name: entry.name,
    otherName: entry.otherName,
    otherLang: otherLang(locale),
    summary: entry.summary,
  };
}

/** Synonyms in every locale, in the order of the site's locales, each once. */
export function termAliases(term: GlossaryTerm): string[] {
  return [...new Set(Object.values(term.locales).flatMap((entry) => entry.aliases))];
}

/** A row of the glossary index: names, aliases and summaries of every locale, for the filter. */
export function termIndexItem(
  term: GlossaryTerm,
  locale: Locale,
  context: ComponentDataContext,
): TermIndexItem {
  return {
    ...termSummary(term, locale, context),
    category: term.category,
    abbr: term.abbr ?? null,
    aliases: termAliases(term),
    otherSummaries: Object.values(term.locales)
      .filter((entry) => entry.locale !== locale)
      .map((entry) => entry.summary),
  };
}
