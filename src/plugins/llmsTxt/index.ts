/**
 * For the assistants readers paste the site into: each locale's `llms.txt` (https://llmstxt.org), listing the
 * docs by sidebar section with their descriptions, and a Markdown version of every docs page at `<page>.md`,
 * converted from the built HTML after the build.
 */
import { readFile } from 'node:fs/promises';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { writeOutputs } from '../glossary/writeOutputs';
import { collectDocs, type CollectedDocs } from './collectDocs';
import { missingLocaleTexts, validateOptions, type LlmsTxtOptions } from './options';
import { llmsOutputFiles } from './outputFiles';

/** The plugin's name, as Docusaurus reports it. */
const PluginName = 'llms-txt';

/** The file's text, or null when it does not exist. */
const readIfExists = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/** The plugin: gathers the docs once every plugin has loaded, writes the files after the locale's build. */
export default function llmsTxtPlugin(context: LoadContext, options: LlmsTxtOptions): Plugin {
  const { siteConfig, i18n, baseUrl } = context;
  const problems = missingLocaleTexts(options, i18n.locales);
  if (problems.length > 0)
    throw new Error(`llms-txt: the options are not valid:\n- ${problems.join('\n- ')}`);
  const locale = i18n.currentLocale;
  let collected: CollectedDocs | null = null;
  return {
    name: PluginName,
    allContentLoaded({ allContent }) {
      collected = collectDocs(allContent, options.docsPluginId, options.sidebarId);
    },
    async postBuild({ outDir }) {
      if (!collected) throw new Error('llms-txt: postBuild ran before the docs were loaded');
      const files = await llmsOutputFiles(
        outDir,
        {
          origin: siteConfig.url.replace(/\/$/, ''),
          baseUrl,
          title: siteConfig.title,
          summary: siteConfig.tagline,
          details: options.details[locale] ?? '',
          topLevelTitle: options.topLevelTitle[locale] ?? '',
          sourceLine: options.sourceLine[locale] ?? '',
          optionalDocIds: options.optionalDocIds,
        },
        collected,
        readIfExists,
      );
      await writeOutputs(files);
    },
  };
}

export { validateOptions };
