import { termEntry, type GlossaryTerm, type Locale } from './model';

/** One term in the public JSON feed (`/glossary.json`). */
interface GlossaryFeedTerm {
  readonly id: string;
  readonly category: string;
  readonly name: Readonly<Record<Locale, string>>;
  readonly abbr: string | null;
  readonly aliases: Readonly<Record<Locale, readonly string[]>>;
  readonly summary: Readonly<Record<Locale, string>>;
  readonly url: Readonly<Record<Locale, string>>;
  readonly related: readonly string[];
}

/** The public, versioned feed that wiki bots read. */
export interface GlossaryFeed {
  readonly version: 1;
  readonly terms: readonly GlossaryFeedTerm[];
}

/** Builds the feed over the given locales; `termUrl` turns a locale and slug into an absolute URL. */
export function buildGlossaryFeed(
  terms: readonly GlossaryTerm[],
  locales: readonly Locale[],
  termUrl: (locale: Locale, id: string) => string,
): GlossaryFeed {
  const byLocale = <T>(pick: (locale: Locale) => T): Record<Locale, T> =>
    Object.fromEntries(locales.map((locale) => [locale, pick(locale)]));
  return {
    version: 1,
    terms: terms.map((term) => {
      const entry = (locale: Locale) => termEntry(term, locale);
      return {
        id: term.id,
        category: term.category,
        name: byLocale((locale) => entry(locale).name),
        abbr: term.abbr ?? null,
        aliases: byLocale((locale) => entry(locale).aliases),
        summary: byLocale((locale) => entry(locale).summary),
        url: byLocale((locale) => termUrl(locale, term.id)),
        related: term.related,
      };
    }),
  };
}
