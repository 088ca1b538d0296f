import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import {
  buildGlossaryFeed,
  glossaryLocales,
  glossaryRoute,
  type GlossaryLocale,
  type GlossaryTerm,
} from '../../lib/glossary';
import { GlossaryValidationError, loadGlossary, termsDirOf } from './loadGlossary';
import type { GlossaryPluginOptions } from './options';

export { validateOptions } from './options';

/** The plugin's name, as Docusaurus reports it. */
export const PluginName = 'glossary';

/** What the plugin loads: the validated terms of every locale. */
export interface GlossaryContent {
  readonly terms: readonly GlossaryTerm[];
}

/** The absolute URL of a term page in a locale, from the configured site URL and base path. */
export function termUrlFor(context: LoadContext) {
  const { url, baseUrl } = context.siteConfig;
  const { defaultLocale, localeConfigs } = context.i18n;
  return (locale: GlossaryLocale, id: string): string => {
    const localePrefix = locale === defaultLocale ? '' : `${localeConfigs[locale]?.path ?? locale}/`;
    return `${url.replace(/\/$/, '')}${baseUrl}${localePrefix}${glossaryRoute.slice(1)}/${id}`;
  };
}

/**
 * Validates every glossary entry of every locale (the build fails listing all problems at once) and writes the
 * bilingual JSON feed for wiki bots at the end of the default locale's build.
 */
export default function pluginGlossary(
  context: LoadContext,
  options: GlossaryPluginOptions,
): Plugin<GlossaryContent> {
  return {
    name: PluginName,

    getPathsToWatch() {
      return glossaryLocales.map((locale) =>
        path.join(termsDirOf(context.siteDir, options, locale), '*.mdx'),
      );
    },

    async loadContent() {
      const { terms, errors } = loadGlossary(context.siteDir, options);
      if (errors.length > 0) throw new GlossaryValidationError(errors);
      return { terms };
    },

    async postBuild({ content, outDir }) {
      // One bilingual feed at the site root: the default locale's build writes it.
      if (context.i18n.currentLocale !== context.i18n.defaultLocale || !content) return;
      const feed = buildGlossaryFeed(content.terms, termUrlFor(context));
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, options.feedFile), `${JSON.stringify(feed, null, 2)}\n`);
    },
  };
}
