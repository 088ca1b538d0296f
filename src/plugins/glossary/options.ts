import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';

import type { GlossaryLocale } from '../../lib/glossary';

/** Options of the glossary plugin. */
// A type alias, not an interface, so it fits Docusaurus' `PluginOptions` index signature.
export type GlossaryPluginOptions = {
  /** Term files of the default locale, relative to the site. */
  readonly termsDir: string;
  /** Term files of each other locale, relative to the site. */
  readonly translatedTermsDirs: Readonly<Partial<Record<GlossaryLocale, string>>>;
  /** Folders whose Markdown may use `<Term id>`, relative to the site (both locales). */
  readonly contentDirs: readonly string[];
  /** Name of the JSON feed written at the root of the default locale's build. */
  readonly feedFile: string;
};

/** Where everything is when the plugin is given no options: the layout the README documents. */
export const defaultGlossaryOptions: GlossaryPluginOptions = {
  termsDir: 'docs/glossary',
  translatedTermsDirs: { en: 'i18n/en/docusaurus-plugin-content-docs/current/glossary' },
  contentDirs: ['docs', 'blog', 'src/pages', 'i18n/en'],
  feedFile: 'glossary.json',
};

const optionsSchema = Joi.object<GlossaryPluginOptions>({
  termsDir: Joi.string().default(defaultGlossaryOptions.termsDir),
  translatedTermsDirs: Joi.object({ en: Joi.string().required() }).default(
    defaultGlossaryOptions.translatedTermsDirs,
  ),
  contentDirs: Joi.array().items(Joi.string()).default(defaultGlossaryOptions.contentDirs),
  feedFile: Joi.string()
    .pattern(/^[a-z0-9-]+\.json$/)
    .default(defaultGlossaryOptions.feedFile),
});

/** Docusaurus calls this with the options from the config; unknown keys are rejected. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<GlossaryPluginOptions>, GlossaryPluginOptions>): GlossaryPluginOptions {
  return validate(optionsSchema, options);
}
