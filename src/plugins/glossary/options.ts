import { Joi } from '@docusaurus/utils-validation';

import type { Locale } from '../../lib/glossary/model';

/** A category of terms and its name in each locale (sidebar, glossary page). */
interface GlossaryCategoryOption {
  readonly id: string;
  readonly label: Readonly<Record<Locale, string>>;
}

/** What an embeddable term card (`/embed/<route>/<slug>`) says around the term, in one locale. */
export interface EmbedCardLabels {
  /** Above the term's name: what the card is (the glossary's name). */
  readonly glossary: string;
  /** The link to the term's page. */
  readonly readMore: string;
}

/** Options of the glossary, as `docusaurus.config.ts` gives them. */
export interface GlossaryOptions {
  /** The docs plugin's content folder, relative to the site (its `path` option). */
  readonly docsPath: string;
  /** The docs plugin's `routeBasePath`. */
  readonly routeBasePath: string;
  /** The folder of term files below the docs folder; it is also the URL segment (`/glossary/<slug>`). */
  readonly dir: string;
  /** Categories in the order the glossary lists them, each named in every locale. */
  readonly categories: readonly GlossaryCategoryOption[];
  /** The heading of the related terms on a term page, in every locale. */
  readonly relatedHeading: Readonly<Record<Locale, string>>;
  /** The embeddable term cards' labels, in every locale. */
  readonly embedLabels: Readonly<Record<Locale, EmbedCardLabels>>;
  /** Title pattern per locale, with `{name}` and `{otherName}`; locales not listed use `{name} ({otherName})`. */
  readonly titleFormats: Readonly<Record<Locale, string>>;
  /** Longest summary, in characters: it must fit a tooltip and a search result. */
  readonly maxSummaryLength: number;
  /** Widest name, in columns (a CJK character takes two): a term's names must fit its preview card. */
  readonly maxNameWidth: number;
  /** The JSON feed, written at the root of the default locale's build. */
  readonly feedFile: string;
  /** The nginx `map` of alias URLs, written in the build for the server (see deploy/nginx). */
  readonly redirectMapFile: string;
}

/** Everything but the categories, the related terms' heading and the embed cards' labels, which each site names itself. */
const defaultOptions = {
  docsPath: 'docs',
  routeBasePath: '/',
  dir: 'glossary',
  titleFormats: {},
  maxSummaryLength: 120,
  maxNameWidth: 60,
  feedFile: 'glossary.json',
  redirectMapFile: '.nginx/redirects.map',
} as const satisfies Omit<GlossaryOptions, 'categories' | 'relatedHeading' | 'embedLabels'>;

const relativePath = Joi.string().pattern(/^(?!\/)(?!.*\.\.)[\w\-./]+$/);

const optionsSchema = Joi.object<GlossaryOptions>({
  docsPath: relativePath.default(defaultOptions.docsPath),
  routeBasePath: Joi.string().pattern(/^\//).default(defaultOptions.routeBasePath),
  dir: Joi.string()
    .pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .default(defaultOptions.dir),
  categories: Joi.array()
    .items(
      Joi.object({
        id: Joi.string()
          .pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
          .required(),
        label: Joi.object().pattern(Joi.string(), Joi.string().min(1)).required(),
      }),
    )
    .min(1)
    .unique('id')
    .required(),
  relatedHeading: Joi.object().pattern(Joi.string(), Joi.string().min(1)).required(),
  embedLabels: Joi.object()
    .pattern(
      Joi.string(),
      Joi.object({ glossary: Joi.string().min(1).required(), readMore: Joi.string().min(1).required() }),
    )
    .required(),
  titleFormats: Joi.object()
    .pattern(
      Joi.string(),
      Joi.string()
        .pattern(/\{name\}/)
        .pattern(/\{otherName\}/),
    )
    .default(defaultOptions.titleFormats),
  maxSummaryLength: Joi.number().integer().min(1).default(defaultOptions.maxSummaryLength),
  maxNameWidth: Joi.number().integer().min(1).default(defaultOptions.maxNameWidth),
  feedFile: Joi.string()
    .pattern(/^[a-z0-9-]+\.json$/)
    .default(defaultOptions.feedFile),
  redirectMapFile: relativePath.default(defaultOptions.redirectMapFile),
});

/**
 * The options with their defaults, or an error naming every option that is wrong; `locales` are the site's
 * (i18n config), which every category label and title format must match.
 */
export function validateGlossaryOptions(input: unknown, locales: readonly Locale[]): GlossaryOptions {
  const { error, value } = optionsSchema.validate(input, { abortEarly: false });
  const problems = error ? error.details.map((detail) => detail.message) : [];
  // The checks against the locales read what the schema let through, even when other options are wrong.
  const {
    categories = [],
    relatedHeading = {},
    embedLabels = {},
    titleFormats = {},
  } = (value ?? {}) as Partial<GlossaryOptions>;
  if (Array.isArray(categories)) {
    for (const category of categories.filter((item) => typeof item?.label === 'object')) {
      const missing = locales.filter((locale) => !category.label[locale]);
      if (missing.length)
        problems.push(`"categories" entry "${category.id}" has no label for ${missing.join(', ')}`);
      const unknown = Object.keys(category.label).filter((locale) => !locales.includes(locale));
      if (unknown.length)
        problems.push(
          `"categories" entry "${category.id}" labels ${unknown.join(', ')}, which the i18n config does not list (locales: ${locales.join(', ')})`,
        );
    }
  }
  const unlabelled = locales.filter((locale) => !relatedHeading[locale]);
  if (unlabelled.length) problems.push(`"relatedHeading" has no text for ${unlabelled.join(', ')}`);
  const noEmbedLabels = locales.filter((locale) => !embedLabels[locale]);
  if (noEmbedLabels.length)
    problems.push(`"embedLabels" has no labels (glossary, readMore) for ${noEmbedLabels.join(', ')}`);
  const unknownEmbedLabels = Object.keys(embedLabels).filter((locale) => !locales.includes(locale));
  if (unknownEmbedLabels.length)
    problems.push(
      `"embedLabels" names ${unknownEmbedLabels.join(', ')}, which the i18n config does not list (locales: ${locales.join(', ')})`,
    );
  const unknownFormats = Object.keys(titleFormats).filter((locale) => !locales.includes(locale));
  if (unknownFormats.length)
    problems.push(
      `"titleFormats" names ${unknownFormats.join(', ')}, which the i18n config does not list (locales: ${locales.join(', ')})`,
    );
  if (locales.length < 2)
    problems.push(`the glossary needs at least two locales; the i18n config lists ${locales.join(', ')}`);
  if (problems.length) throw new Error(`The glossary's options are not valid:\n- ${problems.join('\n- ')}`);
  return value;
}
