import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';

import type { Locale } from '../../lib/glossary/model';

/** Options of the llms-txt plugin, as `docusaurus.config.ts` gives them; texts are given for every locale. */
export interface LlmsTxtOptions {
  /** The docs plugin instance whose pages are listed and converted (its `id` option). */
  readonly docsPluginId: string;
  /** The sidebar whose categories become the sections of llms.txt. */
  readonly sidebarId: string;
  /** The section of the docs at the sidebar's top level, outside any category. */
  readonly topLevelTitle: Readonly<Record<Locale, string>>;
  /** The paragraph after the summary: what the site is and how to use the Markdown files. */
  readonly details: Readonly<Record<Locale, string>>;
  /** The line under a Markdown page's title, with `{url}` where the page's address goes. */
  readonly sourceLine: Readonly<Record<Locale, string>>;
  /** Docs listed under `## Optional` (secondary pages) rather than in their sidebar section. */
  readonly optionalDocIds: readonly string[];
}

const defaultOptions = {
  docsPluginId: 'default',
  optionalDocIds: [],
} as const satisfies Partial<LlmsTxtOptions>;

/** The options as a site's config writes them: those with defaults may be left out. */
export type LlmsTxtUserOptions = Omit<LlmsTxtOptions, keyof typeof defaultOptions> &
  Partial<Pick<LlmsTxtOptions, keyof typeof defaultOptions>>;

const textPerLocale = Joi.object().pattern(Joi.string(), Joi.string().min(1)).min(1);

const optionsSchema = Joi.object<LlmsTxtOptions>({
  docsPluginId: Joi.string().default(defaultOptions.docsPluginId),
  sidebarId: Joi.string().required(),
  topLevelTitle: textPerLocale.required(),
  details: textPerLocale.required(),
  sourceLine: Joi.object()
    .pattern(Joi.string(), Joi.string().pattern(/\{url\}/, '{url}'))
    .min(1)
    .required(),
  optionalDocIds: Joi.array().items(Joi.string()).unique().default(defaultOptions.optionalDocIds),
});

/** Docusaurus' hook: the options with their defaults, or an error naming every option that is wrong. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<unknown, LlmsTxtOptions>): LlmsTxtOptions {
  // Every wrong option at once, not the first one only.
  return validate(optionsSchema.prefs({ abortEarly: false }), options);
}

/** The options' texts that lack one of the site's locales, as messages naming the option and the locales. */
export function missingLocaleTexts(options: LlmsTxtOptions, locales: readonly Locale[]): string[] {
  const texts = {
    topLevelTitle: options.topLevelTitle,
    details: options.details,
    sourceLine: options.sourceLine,
  };
  return Object.entries(texts).flatMap(([name, text]) => {
    const missing = locales.filter((locale) => !text[locale]);
    return missing.length > 0
      ? [`"${name}" has no text for ${missing.join(', ')} (the i18n config lists ${locales.join(', ')})`]
      : [];
  });
}
