/**
 * The glossary's data model: what a term file declares, what validation makes of it, and the settings that
 * validation follows. Types and one accessor, so client components may import it without pulling in any validator.
 */

/** A locale code as the site's i18n config spells it, e.g. `zh-Hans`. */
export type Locale = string;

/** A term's front matter in one locale, after validation. */
export interface TermFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly otherName: string;
  readonly abbr?: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly summary: string;
  readonly related: readonly string[];
  /** Slugs this term was published under before; they keep redirecting here. */
  readonly redirectFrom?: readonly string[];
}

/** One term file as read from disk. */
export interface TermSource {
  /** Path relative to the site, used in every message. */
  readonly file: string;
  readonly locale: Locale;
  /** The slug the file name gives. */
  readonly slug: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
}

/** A term in one locale, valid on its own. */
export interface TermEntry extends TermFrontMatter {
  readonly file: string;
  readonly locale: Locale;
}

/** A term with all of its locales, which agree with each other. */
export interface GlossaryTerm {
  readonly id: string;
  readonly category: string;
  readonly abbr?: string;
  readonly related: readonly string[];
  readonly redirectFrom: readonly string[];
  readonly locales: Readonly<Record<Locale, TermEntry>>;
}

/** What the rules of a glossary depend on; the plugin derives it from the site's config. */
export interface GlossarySettings {
  /** Locales every term must exist in; the first is the site's default. */
  readonly locales: readonly Locale[];
  /** Category ids, in the order the glossary lists them. */
  readonly categories: readonly string[];
  /** For each locale, the locale whose name a page shows as `otherName`. */
  readonly otherNameLocale: Readonly<Record<Locale, Locale>>;
  /** For each locale, the title pattern with `{name}` and `{otherName}`, e.g. `{name}（{otherName}）`. */
  readonly titleFormat: Readonly<Record<Locale, string>>;
  /** Longest summary, in characters (code points): it must fit a tooltip and a search result. */
  readonly maxSummaryLength: number;
  /** Widest name (name, otherName, abbr), in columns: a CJK character takes two. Names must fit a preview card. */
  readonly maxNameWidth: number;
  /** Where a term's file lives in a locale, relative to the site, for messages about a missing file. */
  readonly filePath: (locale: Locale, slug: string) => string;
}

/** A valid term's entry in a locale; a missing one is a bug, since validation requires every locale. */
export function termEntry(term: GlossaryTerm, locale: Locale): TermEntry {
  const entry = term.locales[locale];
  if (!entry)
    throw new Error(`glossary term "${term.id}" has no ${locale} entry; validation should have reported it`);
  return entry;
}

/** The validated glossary, or every problem that keeps it from being one. */
export interface GlossaryResult {
  readonly terms: readonly GlossaryTerm[];
  readonly errors: readonly string[];
}

/** Lowercase ASCII kebab-case: the shape of every slug and alias URL. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
