import { existsSync } from 'node:fs';
import path from 'node:path';

import { GlobExcludeDefault, Globby } from '@docusaurus/utils';

/** A content folder of the default locale and where its English translation lives. */
export interface TranslatedFolder {
  readonly source: string;
  readonly translation: string;
}

/** The content folders of a Docusaurus site with an `en` translation, relative to the site. */
export const translatedFolders: readonly TranslatedFolder[] = [
  { source: 'docs', translation: 'i18n/en/docusaurus-plugin-content-docs/current' },
  { source: 'blog', translation: 'i18n/en/docusaurus-plugin-content-blog' },
  { source: 'src/pages', translation: 'i18n/en/docusaurus-plugin-content-pages' },
];

/**
 * Markdown and MDX files below `dir`, as paths relative to `dir`, sorted. Skipped, as Docusaurus' content plugins
 * skip them: `_`-prefixed files and folders (`GlobExcludeDefault`), dot files and folders (globby's default).
 */
export function listMarkdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return Globby.sync('**/*.{md,mdx}', {
    cwd: dir,
    ignore: [...GlobExcludeDefault, '**/node_modules/**'],
  }).sort();
}

/** Every Markdown file of the site in either locale, relative to the site. */
export function listAllContentFiles(siteDir: string): string[] {
  return translatedFolders.flatMap(({ source, translation }) => [
    ...listMarkdownFiles(path.join(siteDir, source)).map((file) => path.join(source, file)),
    ...listMarkdownFiles(path.join(siteDir, translation)).map((file) => path.join(translation, file)),
  ]);
}

/** One message per page that exists in one locale only, naming the file and where its twin belongs. */
export function findUntranslatedPages(siteDir: string): string[] {
  const problems: string[] = [];
  for (const { source, translation } of translatedFolders) {
    const zh = new Set(listMarkdownFiles(path.join(siteDir, source)));
    const en = new Set(listMarkdownFiles(path.join(siteDir, translation)));
    for (const file of zh) {
      if (!en.has(file)) {
        problems.push(
          `${path.join(source, file)}: has no English translation; create ${path.join(translation, file)}`,
        );
      }
    }
    for (const file of en) {
      if (!zh.has(file)) {
        problems.push(
          `${path.join(translation, file)}: translates a page that does not exist; expected ${path.join(source, file)}`,
        );
      }
    }
  }
  return problems;
}
