import path from 'node:path';

import { getPluginI18nPath, normalizeUrl } from '@docusaurus/utils';

import type { Locale } from '../../lib/glossary/model';
import type { GlossaryOptions } from './options';

/** The part of the site's i18n config that says where each locale's files live. */
export interface GlossaryI18n {
  readonly defaultLocale: Locale;
  readonly locales: readonly Locale[];
  /** The translations folder, relative to the site (Docusaurus' default: `i18n`). */
  readonly path?: string;
  readonly localeConfigs?: Readonly<
    Record<Locale, { readonly path?: string; readonly htmlLang?: string } | undefined>
  >;
}

/** Where the glossary's files are and what its URL is, from the site's folder, i18n config and options. */
export interface GlossaryPaths {
  /** The locales, the default first. */
  readonly locales: readonly Locale[];
  /** The glossary's URL path below a locale's root, e.g. `/glossary`. */
  readonly route: string;
  /** The absolute folder of a locale's term files. */
  readonly termsDir: (locale: Locale) => string;
  /** The locale a Markdown file of the site is written in, from where it lives. */
  readonly localeOfFile: (file: string) => Locale;
  /** Whether a file is a term page (as opposed to the glossary's index or any other page). */
  readonly isTermFile: (file: string) => boolean;
}

const termFilePattern = /\.mdx?$/;
/** The file of a glossary folder that is the glossary's own page, not a term. */
const indexFilePattern = /^index\.mdx?$/;

/** The glossary's paths; translated docs live where Docusaurus' docs plugin reads them. */
export function glossaryPaths(siteDir: string, i18n: GlossaryI18n, options: GlossaryOptions): GlossaryPaths {
  const locales = [i18n.defaultLocale, ...i18n.locales.filter((locale) => locale !== i18n.defaultLocale)];
  const localizationDir = (locale: Locale) =>
    path.join(siteDir, i18n.path ?? 'i18n', i18n.localeConfigs?.[locale]?.path ?? locale);
  const termsDir = (locale: Locale) =>
    locale === i18n.defaultLocale
      ? path.join(siteDir, options.docsPath, options.dir)
      : getPluginI18nPath({
          localizationDir: localizationDir(locale),
          pluginName: 'docusaurus-plugin-content-docs',
          pluginId: 'default',
          subPaths: ['current', options.dir],
        });
  const dirs = new Map(locales.map((locale) => [termsDir(locale), locale]));
  const translationRoots = locales
    .filter((locale) => locale !== i18n.defaultLocale)
    .map((locale) => ({ locale, root: `${localizationDir(locale)}${path.sep}` }));
  return {
    locales,
    route: normalizeUrl([options.routeBasePath, options.dir]).replace(/\/$/, ''),
    termsDir,
    localeOfFile: (file) =>
      translationRoots.find(({ root }) => path.resolve(file).startsWith(root))?.locale ?? i18n.defaultLocale,
    isTermFile: (file) =>
      dirs.has(path.dirname(path.resolve(file))) &&
      termFilePattern.test(file) &&
      !indexFilePattern.test(path.basename(file)),
  };
}
