/**
 * The rules that span terms or locales, each a function that returns its problems. They run on entries that are
 * valid on their own (see termSchema.ts).
 */
import { didYouMean } from './didYouMean';
import type { GlossarySettings, GlossaryTerm, Locale, TermEntry } from './model';
import { aliasSources, foldName } from './names';

const sameList = (a: readonly string[] = [], b: readonly string[] = []): boolean => {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((item, index) => item === sortedB[index]);
};

/**
 * Joins each slug's entries into one term when every locale has one and they agree: category, abbreviation,
 * related terms and old slugs are the same everywhere, and each `otherName` is the name in the locale it stands
 * for.
 */
export function pairLocales(
  slugs: readonly string[],
  presentLocales: ReadonlyMap<string, readonly Locale[]>,
  entries: ReadonlyMap<string, Readonly<Record<Locale, TermEntry>>>,
  settings: GlossarySettings,
): { terms: GlossaryTerm[]; errors: string[] } {
  const errors: string[] = [];
  const terms: GlossaryTerm[] = [];
  const [defaultLocale = ''] = settings.locales;
  for (const slug of slugs) {
    const present = presentLocales.get(slug) ?? [];
    for (const locale of settings.locales) {
      if (!present.includes(locale)) {
        const existing = settings.filePath(present[0] ?? defaultLocale, slug);
        errors.push(`${existing}: has no ${locale} translation; create ${settings.filePath(locale, slug)}`);
      }
    }
    const byLocale = entries.get(slug);
    if (!byLocale || !settings.locales.every((locale) => byLocale[locale])) continue;
    const base = byLocale[defaultLocale] as TermEntry;
    let agree = true;
    for (const locale of settings.locales) {
      const entry = byLocale[locale] as TermEntry;
      const disagreements: string[] = [];
      if (locale !== defaultLocale) {
        if (entry.category !== base.category)
          disagreements.push(`category ("${base.category}" vs "${entry.category}")`);
        if (entry.abbr !== base.abbr)
          disagreements.push(`abbr (${JSON.stringify(base.abbr)} vs ${JSON.stringify(entry.abbr)})`);
        if (!sameList(entry.related, base.related))
          disagreements.push(`related ([${base.related.join(', ')}] vs [${entry.related.join(', ')}])`);
        if (!sameList(entry.redirectFrom, base.redirectFrom)) disagreements.push('redirectFrom');
        if (disagreements.length)
          errors.push(`${entry.file}: disagrees with ${base.file} on ${disagreements.join('; ')}`);
      }
      const otherLocale = settings.otherNameLocale[locale] ?? defaultLocale;
      const other = byLocale[otherLocale] as TermEntry;
      if (entry.otherName !== other.name) {
        errors.push(
          `${entry.file}: field "otherName" is "${entry.otherName}"; it must be the ${otherLocale} name, "${other.name}" (${other.file})`,
        );
        agree = false;
      }
      if (disagreements.length) agree = false;
    }
    if (!agree) continue;
    terms.push({
      id: slug,
      category: base.category,
      ...(base.abbr ? { abbr: base.abbr } : {}),
      related: base.related,
      redirectFrom: base.redirectFrom ?? [],
      locales: byLocale,
    });
  }
  return { terms, errors };
}

/** Every id in a `related` field names a term that exists. */
export function checkRelatedIds(entries: readonly TermEntry[], slugs: readonly string[]): string[] {
  const known = new Set(slugs);
  return entries.flatMap((entry) =>
    entry.related
      .filter((id) => !known.has(id))
      .map(
        (id) =>
          `${entry.file}: field "related" names "${id}", which is no glossary entry${didYouMean(id, slugs)}`,
      ),
  );
}

/** A name, abbreviation or alias leads to one term only, whatever the locale or letter case. */
export function checkNamesLeadToOneTerm(
  terms: readonly GlossaryTerm[],
  settings: GlossarySettings,
): string[] {
  const errors: string[] = [];
  const owners = new Map<string, { id: string; where: string }>();
  for (const term of terms) {
    for (const locale of settings.locales) {
      const entry = term.locales[locale] as TermEntry;
      const names: [string, string][] = [
        ['name', entry.name],
        ...(entry.abbr ? [['abbr', entry.abbr] as [string, string]] : []),
        ...entry.aliases.map((alias) => ['aliases', alias] as [string, string]),
      ];
      for (const [field, name] of names) {
        const key = foldName(name);
        const owner = owners.get(key);
        if (owner && owner.id !== term.id) {
          errors.push(
            `${entry.file}: field "${field}" uses "${name}", which already belongs to "${owner.id}" (${owner.where}); a name may lead to one term only`,
          );
        } else if (!owner) {
          owners.set(key, { id: term.id, where: `${entry.file}, field "${field}"` });
        }
      }
    }
  }
  return errors;
}

/** Alias URLs share the glossary's URL space with the slugs: none may shadow a page or another alias. */
export function checkAliasUrls(
  terms: readonly GlossaryTerm[],
  slugs: readonly string[],
  settings: GlossarySettings,
  route: string,
): string[] {
  const errors: string[] = [];
  const urlOwners = new Map<string, string>(slugs.map((slug) => [slug, slug]));
  for (const term of terms) {
    for (const { slug: alias, file, field } of aliasSources(term, settings.locales)) {
      const owner = urlOwners.get(alias);
      if (owner && owner !== term.id) {
        const what = slugs.includes(alias) ? 'the slug of the term' : 'an alias URL of';
        errors.push(
          `${file}: field "${field}" makes the alias URL ${route}/${alias}, which collides with ${what} "${owner}"`,
        );
      } else {
        urlOwners.set(alias, term.id);
      }
    }
  }
  return errors;
}
