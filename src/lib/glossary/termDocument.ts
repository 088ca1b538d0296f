/**
 * What a term looks like outside the site: the per-term JSON a wiki plugin reads (`/glossary/<slug>.json`, shaped
 * after Wikipedia's page summary), its oEmbed response, and the schema.org JSON-LD of its page. Pure: the plugin
 * writes the files, the term page renders the JSON-LD.
 */
import { termEntry, type GlossaryTerm, type Locale, type TermEntry } from './model';

/** The version of the per-term JSON; a change that removes or renames a field raises it. */
const termDocumentVersion = 1;

/** Where a term's files are, as absolute URLs, in a locale. */
interface TermUrls {
  readonly page: (locale: Locale, id: string) => string;
  readonly data: (locale: Locale, id: string) => string;
  readonly oembed: (locale: Locale, id: string) => string;
}

/** What a term's outside views need besides the term. */
export interface TermDocumentContext {
  readonly locales: readonly Locale[];
  readonly urls: TermUrls;
  /** The HTML `lang` of a locale (`zh-Hans`, `en`). */
  readonly htmlLang: (locale: Locale) => string;
  /** A category's name in the locale of the document being built. */
  readonly categoryLabel: (category: string) => string;
  /** When the term's file in a locale last changed (ISO 8601), or null when git does not know it. */
  readonly lastModified: (entry: TermEntry) => string | null;
  /** The preview card of a term in a locale: its absolute URL and size, or null while there is none. */
  readonly image?: (locale: Locale, id: string) => TermImage | null;
}

interface TermImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** A related term, as the per-term JSON lists it. */
interface RelatedTermRef {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly data: string;
}

/** `/glossary/<slug>.json`: one term in one locale, with its names and links in every locale. */
export interface TermDocument {
  readonly version: typeof termDocumentVersion;
  readonly type: 'glossary-term';
  readonly id: string;
  /** The HTML lang of this document's texts. */
  readonly lang: string;
  readonly title: string;
  readonly name: string;
  /** The term's name in each locale. */
  readonly names: Readonly<Record<Locale, string>>;
  readonly abbr: string | null;
  /** Synonyms in each locale. */
  readonly aliases: Readonly<Record<Locale, readonly string[]>>;
  /** One sentence, in this locale (Wikipedia's `extract`). */
  readonly summary: string;
  readonly category: { readonly id: string; readonly label: string };
  readonly related: readonly RelatedTermRef[];
  /** The term's page in each locale (Wikipedia's `content_urls`). */
  readonly urls: Readonly<Record<Locale, string>>;
  /** This JSON in each locale. */
  readonly data: Readonly<Record<Locale, string>>;
  readonly oembed: string;
  readonly image: TermImage | null;
  /** When this locale's text last changed (ISO 8601), or null. */
  readonly lastModified: string | null;
}

/** The per-term JSON of `term` in `locale`; `byId` resolves its related terms. */
export function termDocument(
  term: GlossaryTerm,
  locale: Locale,
  byId: ReadonlyMap<string, GlossaryTerm>,
  context: TermDocumentContext,
): TermDocument {
  const entry = termEntry(term, locale);
  const perLocale = <T>(pick: (locale: Locale) => T): Record<Locale, T> =>
    Object.fromEntries(context.locales.map((each) => [each, pick(each)]));
  return {
    version: termDocumentVersion,
    type: 'glossary-term',
    id: term.id,
    lang: context.htmlLang(locale),
    title: entry.title,
    name: entry.name,
    names: perLocale((each) => termEntry(term, each).name),
    abbr: term.abbr ?? null,
    aliases: perLocale((each) => termEntry(term, each).aliases),
    summary: entry.summary,
    category: { id: term.category, label: context.categoryLabel(term.category) },
    related: term.related.flatMap((id) => {
      const related = byId.get(id);
      return related
        ? [
            {
              id,
              name: termEntry(related, locale).name,
              url: context.urls.page(locale, id),
              data: context.urls.data(locale, id),
            },
          ]
        : [];
    }),
    urls: perLocale((each) => context.urls.page(each, term.id)),
    data: perLocale((each) => context.urls.data(each, term.id)),
    oembed: context.urls.oembed(locale, term.id),
    image: context.image?.(locale, term.id) ?? null,
    lastModified: context.lastModified(entry),
  };
}

/** An oEmbed 1.0 response of type `link` (https://oembed.com/#section2.3): title, provider and thumbnail. */
export interface TermOEmbed {
  readonly version: '1.0';
  readonly type: 'link';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly cache_age: number;
  readonly thumbnail_url?: string;
  readonly thumbnail_width?: number;
  readonly thumbnail_height?: number;
}

/** The oEmbed response of a term's page. */
export function termOEmbed(
  document: TermDocument,
  provider: { readonly name: string; readonly url: string },
): TermOEmbed {
  return {
    version: '1.0',
    type: 'link',
    title: document.title,
    provider_name: provider.name,
    provider_url: provider.url,
    // A day: consumers may cache it; a term's name rarely changes.
    cache_age: 86_400,
    ...(document.image
      ? {
          thumbnail_url: document.image.url,
          thumbnail_width: document.image.width,
          thumbnail_height: document.image.height,
        }
      : null),
  };
}

/** What a term page's JSON-LD is made of, with absolute URLs. */
export interface DefinedTermData {
  readonly name: string;
  /** The other-language name, the abbreviation and the aliases in every language. */
  readonly alternateNames: readonly string[];
  readonly description: string;
  readonly url: string;
  readonly inLanguage: string;
  readonly termSet: { readonly name: string; readonly url: string };
}

/** schema.org `DefinedTerm` (https://schema.org/DefinedTerm) of a term page. */
export function definedTermJsonLd(data: DefinedTermData): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': data.url,
    name: data.name,
    alternateName: [...new Set(data.alternateNames.filter((name) => name !== data.name))],
    description: data.description,
    url: data.url,
    inLanguage: data.inLanguage,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': data.termSet.url, name: data.termSet.name },
  };
}

/** schema.org `DefinedTermSet` of the glossary page, listing every term by its page. */
export function definedTermSetJsonLd(data: {
  readonly name: string;
  readonly url: string;
  readonly inLanguage: string;
  readonly terms: readonly { readonly name: string; readonly url: string; readonly description: string }[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': data.url,
    name: data.name,
    url: data.url,
    inLanguage: data.inLanguage,
    hasDefinedTerm: data.terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': term.url,
      name: term.name,
      description: term.description,
      url: term.url,
    })),
  };
}
