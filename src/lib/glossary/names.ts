import { slugPattern, type GlossarySettings, type GlossaryTerm, type Locale } from './model';

/** A name or alias, folded so that "TPR", "tpr" and "T P R" count as the same word. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_·]+/g, ' ')
    .trim();
}

/** The ASCII kebab-case slug a name would have as a URL (`Convolutional Neural Network` → `convolutional-neural-network`), or null. */
export function nameToSlug(name: string): string | null {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[\x20-\x7e\s²³·-]*$/.test(name.normalize('NFKC')) && slugPattern.test(ascii) ? ascii : null;
}

/** An alias URL of a term and the file and field it comes from. */
export interface AliasSource {
  readonly slug: string;
  readonly file: string;
  readonly field: 'name' | 'abbr' | 'aliases' | 'redirectFrom';
}

/**
 * Extra URLs of a term that redirect to its page, each with where it comes from: its names and synonyms that are
 * ASCII words (in practice the English ones), its abbreviation and the slugs it was published under before;
 * never its own slug, each once.
 */
export function aliasSources(term: GlossaryTerm, locales: readonly Locale[]): AliasSource[] {
  const entries = locales.flatMap((locale) => term.locales[locale] ?? []);
  const file = entries[0]?.file ?? '';
  const candidates: {
    name: string | null;
    slug: string | null;
    file: string;
    field: AliasSource['field'];
  }[] = [
    ...entries.map((entry) => ({ name: entry.name, slug: null, file: entry.file, field: 'name' as const })),
    ...(term.abbr ? [{ name: term.abbr, slug: null, file, field: 'abbr' as const }] : []),
    ...entries.flatMap((entry) =>
      entry.aliases.map((alias) => ({
        name: alias,
        slug: null,
        file: entry.file,
        field: 'aliases' as const,
      })),
    ),
    ...term.redirectFrom.map((slug) => ({ name: null, slug, file, field: 'redirectFrom' as const })),
  ];
  const seen = new Set([term.id]);
  return candidates.flatMap(({ name, slug: given, file: from, field }) => {
    const slug = given ?? (name === null ? null : nameToSlug(name));
    if (slug === null || seen.has(slug)) return [];
    seen.add(slug);
    return [{ slug, file: from, field }];
  });
}

/** Extra URLs of a term that redirect to its page (see aliasSources). */
export function aliasSlugs(term: GlossaryTerm, locales: readonly Locale[]): string[] {
  return aliasSources(term, locales).map((source) => source.slug);
}

/** The title a term page must have in a locale, from its format: `召回率（Recall）`, `Recall (召回率)`. */
export function expectedTitle(
  settings: Pick<GlossarySettings, 'titleFormat'>,
  locale: Locale,
  name: string,
  otherName: string,
): string {
  return (settings.titleFormat[locale] ?? '').replace('{name}', name).replace('{otherName}', otherName);
}

/**
 * The words a term page is found by, for its `keywords` (which search indexes): its names, abbreviation and aliases
 * in the page's locale first, then those of every other locale, each once (compared folded). A reader on the English
 * site who types 查全率, or on the Chinese site who types "sensitivity", still lands on the term.
 */
export function searchKeywords(term: GlossaryTerm, locale: Locale, locales: readonly Locale[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const source of [locale, ...locales.filter((other) => other !== locale)]) {
    const entry = term.locales[source];
    if (!entry) continue;
    for (const word of [entry.name, entry.otherName, entry.abbr, ...entry.aliases]) {
      if (word === undefined || seen.has(foldName(word))) continue;
      seen.add(foldName(word));
      keywords.push(word);
    }
  }
  return keywords;
}
