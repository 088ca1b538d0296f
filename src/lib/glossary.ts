/**
 * The glossary as data: the front-matter schema of a term, the checks across terms and locales, and what is
 * derived from valid terms (alias URLs, the JSON feed). Pure: callers read the files and pass their contents.
 */

/** Locales a term must exist in; the first is the site's default. */
export const glossaryLocales = ['zh-Hans', 'en'] as const;
export type GlossaryLocale = (typeof glossaryLocales)[number];

/** The six themes a term belongs to, in the order the glossary lists them. */
export const glossaryCategories = [
  'paradigms',
  'architectures',
  'data',
  'recommendation',
  'evaluation',
  'product',
] as const;
export type GlossaryCategory = (typeof glossaryCategories)[number];

/**
 * URL path of the glossary: `docs/glossary/<slug>.mdx` under docs served from the site root. Term pages are
 * `/glossary/<slug>`; components and the JSON feed build links from this.
 */
export const glossaryRoute = '/glossary';

/** Longest summary, in characters (code points): it must fit a tooltip and a search result. */
export const maxSummaryLength = 120;

/** A term's front matter in one locale, after validation. */
export interface TermFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly otherName: string;
  readonly abbr?: string;
  readonly aliases: readonly string[];
  readonly category: GlossaryCategory;
  readonly summary: string;
  readonly related: readonly string[];
  /** Slugs this term was published under before; they keep redirecting here. */
  readonly redirectFrom?: readonly string[];
}

/** One term file as read from disk. */
export interface TermSource {
  /** Path relative to the site, used in every message. */
  readonly file: string;
  readonly locale: GlossaryLocale;
  /** The slug the file name gives. */
  readonly slug: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** `<Term id>` references in the file's body, with their line numbers. */
  readonly termReferences: readonly { readonly id: string; readonly line: number }[];
}

/** A term in one locale, valid on its own. */
export interface TermEntry extends TermFrontMatter {
  readonly file: string;
  readonly locale: GlossaryLocale;
}

/** A term with both of its locales. */
export interface GlossaryTerm {
  readonly id: string;
  readonly category: GlossaryCategory;
  readonly abbr?: string;
  readonly related: readonly string[];
  readonly redirectFrom: readonly string[];
  readonly locales: Readonly<Record<GlossaryLocale, TermEntry>>;
}

/** A `<Term id>` found outside the glossary, for the same did-you-mean check. */
export interface TermReference {
  readonly file: string;
  readonly line: number;
  readonly id: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface FieldRule {
  readonly required: boolean;
  /** Returns what is wrong with the value, or null when it is fine. */
  readonly check: (value: unknown) => string | null;
}

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const stringRule =
  (what: string): FieldRule['check'] =>
  (value) =>
    isNonEmptyString(value) ? null : `must be ${what} (a non-empty string)`;
const slugListRule: FieldRule['check'] = (value) => {
  if (!Array.isArray(value)) return 'must be a list of term slugs, e.g. [precision, f1-score]';
  const bad = value.filter((item) => typeof item !== 'string' || !slugPattern.test(item));
  return bad.length
    ? `must hold lowercase kebab-case slugs; ${bad.map((item) => JSON.stringify(item)).join(', ')} is not one`
    : null;
};

const fieldRules: Readonly<Record<keyof TermFrontMatter, FieldRule>> = {
  id: {
    required: true,
    check: (value) =>
      typeof value === 'string' && slugPattern.test(value)
        ? null
        : 'must be a lowercase kebab-case slug such as "f1-score"',
  },
  title: { required: true, check: stringRule('the page title') },
  name: { required: true, check: stringRule("the term's name in this page's language") },
  otherName: { required: true, check: stringRule("the term's name in the other language") },
  abbr: { required: false, check: stringRule('an abbreviation such as "CNN"') },
  aliases: {
    required: true,
    check: (value) =>
      Array.isArray(value) && value.every(isNonEmptyString)
        ? null
        : 'must be a list of synonyms (may be empty: [])',
  },
  category: {
    required: true,
    check: (value) =>
      glossaryCategories.includes(value as GlossaryCategory)
        ? null
        : `must be one of ${glossaryCategories.join(', ')}${typeof value === 'string' ? suggestion(value, glossaryCategories) : ''}`,
  },
  summary: {
    required: true,
    check: (value) => {
      if (!isNonEmptyString(value)) return 'must be one sentence (a non-empty string)';
      const length = [...value].length;
      return length > maxSummaryLength
        ? `has ${length} characters; at most ${maxSummaryLength} are allowed`
        : null;
    },
  },
  related: { required: true, check: slugListRule },
  redirectFrom: { required: false, check: slugListRule },
};
const knownFields = Object.keys(fieldRules) as (keyof TermFrontMatter)[];

/** Edit distance between two strings, for did-you-mean hints. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** ` (did you mean "x"?)` for the closest candidate within a few edits, or an empty string. */
export function suggestion(value: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === null ? '' : ` (did you mean "${best}"?)`;
}

/** The title a term page must have: `召回率（Recall）` in Chinese, `Recall (召回率)` in English. */
export function expectedTitle(locale: GlossaryLocale, name: string, otherName: string): string {
  return locale === 'zh-Hans' ? `${name}（${otherName}）` : `${name} (${otherName})`;
}

/** Checks one file's front matter on its own. Returns the entry, or every problem found. */
export function validateTermSource(source: TermSource): { entry: TermEntry | null; errors: string[] } {
  const errors: string[] = [];
  const fm = source.frontMatter;
  const at = (field: string) => `${source.file}: field "${field}"`;
  for (const key of Object.keys(fm)) {
    if (!knownFields.includes(key as keyof TermFrontMatter)) {
      errors.push(
        `${at(key)} is not allowed${suggestion(key, knownFields)}; allowed fields: ${knownFields.join(', ')}`,
      );
    }
  }
  for (const field of knownFields) {
    const rule = fieldRules[field];
    if (!(field in fm)) {
      if (rule.required)
        errors.push(`${at(field)} is missing; it ${rule.check(undefined)?.replace(/^must/, 'must')}`);
      continue;
    }
    const problem = rule.check(fm[field]);
    if (problem) errors.push(`${at(field)} ${problem}`);
  }
  if (errors.length > 0) return { entry: null, errors };

  const entry = { ...(fm as unknown as TermFrontMatter), file: source.file, locale: source.locale };
  if (entry.id !== source.slug) {
    errors.push(
      `${at('id')} is "${entry.id}", but the file name makes the slug "${source.slug}"; they must be equal`,
    );
  }
  const title = expectedTitle(source.locale, entry.name, entry.otherName);
  if (entry.title !== title)
    errors.push(`${at('title')} is "${entry.title}"; from name and otherName it must be "${title}"`);
  if (entry.related.includes(entry.id)) errors.push(`${at('related')} names the term itself`);
  const duplicateRelated = entry.related.filter((id, index) => entry.related.indexOf(id) !== index);
  if (duplicateRelated.length) errors.push(`${at('related')} lists "${duplicateRelated[0]}" twice`);
  return { entry: errors.length ? null : entry, errors };
}

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

/** Extra URLs of a term that redirect to its page: its English name and synonyms, its abbreviation, its old slugs. */
export function aliasSlugs(term: GlossaryTerm): string[] {
  const en = term.locales.en;
  const candidates = [en.name, ...(term.abbr ? [term.abbr] : []), ...en.aliases].map(nameToSlug);
  const slugs = [...candidates, ...term.redirectFrom].filter(
    (slug): slug is string => slug !== null && slug !== term.id,
  );
  return [...new Set(slugs)];
}

/** Where a term's file lives in a locale, for messages about a missing twin. */
export type TermFilePath = (locale: GlossaryLocale, slug: string) => string;

/** The validated glossary, or every problem that keeps it from being one. */
export interface GlossaryResult {
  readonly terms: readonly GlossaryTerm[];
  readonly errors: readonly string[];
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && [...a].sort().every((item, index) => item === [...b].sort()[index]);

/**
 * Validates every term file of every locale and the `<Term>` references elsewhere, and reports all problems
 * in one pass: the schema, the pairing of locales, related ids, names and aliases used twice, alias URLs.
 */
export function buildGlossary(
  sources: readonly TermSource[],
  otherReferences: readonly TermReference[],
  filePath: TermFilePath,
): GlossaryResult {
  const errors: string[] = [];
  const bySlug = new Map<string, Partial<Record<GlossaryLocale, TermEntry>>>();
  const slugsSeen = new Set<string>();
  for (const source of sources) {
    slugsSeen.add(source.slug);
    const { entry, errors: fileErrors } = validateTermSource(source);
    errors.push(...fileErrors);
    if (entry) bySlug.set(source.slug, { ...bySlug.get(source.slug), [source.locale]: entry });
  }
  const allSlugs = [...slugsSeen].sort();

  const terms: GlossaryTerm[] = [];
  for (const slug of allSlugs) {
    const present = sources.filter((source) => source.slug === slug).map((source) => source.locale);
    for (const locale of glossaryLocales) {
      if (!present.includes(locale)) {
        const existing = filePath(present[0] ?? 'zh-Hans', slug);
        errors.push(`${existing}: has no ${locale} translation; create ${filePath(locale, slug)}`);
      }
    }
    const entries = bySlug.get(slug);
    const zh = entries?.['zh-Hans'];
    const en = entries?.en;
    if (!zh || !en) continue;
    const disagreements: string[] = [];
    if (zh.category !== en.category) disagreements.push(`category ("${zh.category}" vs "${en.category}")`);
    if (zh.abbr !== en.abbr)
      disagreements.push(`abbr (${JSON.stringify(zh.abbr)} vs ${JSON.stringify(en.abbr)})`);
    if (!sameList(zh.related, en.related))
      disagreements.push(`related ([${zh.related.join(', ')}] vs [${en.related.join(', ')}])`);
    if (!sameList(zh.redirectFrom, en.redirectFrom)) disagreements.push('redirectFrom');
    if (zh.name !== en.otherName || zh.otherName !== en.name) {
      disagreements.push(
        `names (zh name/otherName "${zh.name}"/"${zh.otherName}" must be en otherName/name, found "${en.otherName}"/"${en.name}")`,
      );
    }
    if (disagreements.length) {
      errors.push(`${en.file}: disagrees with ${zh.file} on ${disagreements.join('; ')}`);
      continue;
    }
    terms.push({
      id: slug,
      category: zh.category,
      ...(zh.abbr ? { abbr: zh.abbr } : {}),
      related: zh.related,
      redirectFrom: zh.redirectFrom ?? [],
      locales: { 'zh-Hans': zh, en },
    });
  }

  const unknownId = (id: string) => `names "${id}", which is no glossary entry${suggestion(id, allSlugs)}`;
  for (const entries of bySlug.values()) {
    for (const entry of Object.values(entries)) {
      for (const id of entry.related) {
        if (!slugsSeen.has(id)) errors.push(`${entry.file}: field "related" ${unknownId(id)}`);
      }
    }
  }
  const references = [
    ...sources.flatMap((source) =>
      source.termReferences.map((reference) => ({ ...reference, file: source.file })),
    ),
    ...otherReferences,
  ];
  for (const reference of references) {
    if (!slugsSeen.has(reference.id))
      errors.push(`${reference.file}:${reference.line}: <Term id> ${unknownId(reference.id)}`);
  }

  // A name, abbreviation or alias must lead to one term only, whatever the locale or letter case.
  const owners = new Map<string, { id: string; where: string }>();
  for (const term of terms) {
    for (const entry of Object.values(term.locales)) {
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

  // Alias URLs share the /glossary/ namespace with the slugs: none may shadow a page or another alias.
  const urlOwners = new Map<string, string>(allSlugs.map((slug) => [slug, slug]));
  for (const term of terms) {
    for (const alias of aliasSlugs(term)) {
      const owner = urlOwners.get(alias);
      if (owner && owner !== term.id) {
        const what = allSlugs.includes(alias) ? 'the slug of the term' : 'an alias URL of';
        errors.push(
          `${term.locales.en.file}: the alias URL /glossary/${alias} (from its English name, abbr, aliases or redirectFrom) collides with ${what} "${owner}"`,
        );
      } else {
        urlOwners.set(alias, term.id);
      }
    }
  }

  return { terms: errors.length ? [] : terms, errors };
}

/** One term in the public JSON feed (`/glossary.json`). */
export interface GlossaryFeedTerm {
  readonly id: string;
  readonly category: GlossaryCategory;
  readonly name: Record<GlossaryLocale, string>;
  readonly abbr: string | null;
  readonly aliases: Record<GlossaryLocale, readonly string[]>;
  readonly summary: Record<GlossaryLocale, string>;
  readonly url: Record<GlossaryLocale, string>;
  readonly related: readonly string[];
}

/** The public, versioned feed that wiki bots read. */
export interface GlossaryFeed {
  readonly version: 1;
  readonly terms: readonly GlossaryFeedTerm[];
}

const byLocale = <T>(pick: (locale: GlossaryLocale) => T): Record<GlossaryLocale, T> =>
  Object.fromEntries(glossaryLocales.map((locale) => [locale, pick(locale)])) as Record<GlossaryLocale, T>;

/** Builds the feed; `termUrl` turns a locale and slug into an absolute URL. */
export function buildGlossaryFeed(
  terms: readonly GlossaryTerm[],
  termUrl: (locale: GlossaryLocale, id: string) => string,
): GlossaryFeed {
  return {
    version: 1,
    terms: terms.map((term) => ({
      id: term.id,
      category: term.category,
      name: byLocale((locale) => term.locales[locale].name),
      abbr: term.abbr ?? null,
      aliases: byLocale((locale) => term.locales[locale].aliases),
      summary: byLocale((locale) => term.locales[locale].summary),
      url: byLocale((locale) => termUrl(locale, term.id)),
      related: term.related,
    })),
  };
}
