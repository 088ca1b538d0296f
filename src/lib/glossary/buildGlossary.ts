import { checkAliasUrls, checkNamesLeadToOneTerm, checkRelatedIds, pairLocales } from './crossTermRules';
import type { GlossaryResult, GlossarySettings, Locale, TermEntry, TermSource } from './model';
import { validateTermSource } from './termSchema';

/**
 * Validates every term file of every locale and reports all problems in one pass: each file against the schema,
 * then the rules across terms and locales (pairing, related ids, names used twice, alias URLs).
 * `route` is the glossary's URL path (e.g. `/glossary`), for messages about alias URLs.
 */
export function buildGlossary(
  sources: readonly TermSource[],
  settings: GlossarySettings,
  route: string,
): GlossaryResult {
  const errors: string[] = [];
  const entries = new Map<string, Record<Locale, TermEntry>>();
  const presentLocales = new Map<string, Locale[]>();
  for (const source of sources) {
    presentLocales.set(source.slug, [...(presentLocales.get(source.slug) ?? []), source.locale]);
    const { entry, errors: fileErrors } = validateTermSource(source, settings);
    errors.push(...fileErrors);
    if (entry) entries.set(source.slug, { ...entries.get(source.slug), [source.locale]: entry });
  }
  const slugs = [...presentLocales.keys()].sort();

  const paired = pairLocales(slugs, presentLocales, entries, settings);
  errors.push(
    ...paired.errors,
    ...checkRelatedIds(
      [...entries.values()].flatMap((byLocale) => Object.values(byLocale)),
      slugs,
    ),
    ...checkNamesLeadToOneTerm(paired.terms, settings),
    ...checkAliasUrls(paired.terms, slugs, settings, route),
  );
  return { terms: errors.length ? [] : paired.terms, errors };
}
