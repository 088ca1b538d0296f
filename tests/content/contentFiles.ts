import { existsSync } from 'node:fs';
import path from 'node:path';

import { GlobExcludeDefault, Globby } from '@docusaurus/utils';

import { i18n } from '../../docusaurus.config';

/** A content folder of the default locale and where a locale's translation of it lives. */
interface TranslatedFolder {
  readonly locale: string;
  readonly source: string;
  readonly translation: string;
}

/** Each content folder of the site (docs, blog, pages) with its translation folder in each other locale of the i18n config. */
function translatedFolders(): TranslatedFolder[] {
  const content = [
    { source: 'docs', plugin: 'docusaurus-plugin-content-docs/current' },
    { source: 'blog', plugin: 'docusaurus-plugin-content-blog' },
    { source: 'src/pages', plugin: 'docusaurus-plugin-content-pages' },
  ];
  return i18n.locales
    .filter((locale) => locale !== i18n.defaultLocale)
    .flatMap((locale) =>
      content.map(({ source, plugin }) => ({ locale, source, translation: `i18n/${locale}/${plugin}` })),
    );
}

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

/** Every Markdown file of the site in every locale, relative to the site. */
export function listAllContentFiles(siteDir: string): string[] {
  const folders = translatedFolders();
  const sources = [...new Set(folders.map((folder) => folder.source))];
  return [...sources, ...folders.map((folder) => folder.translation)].flatMap((dir) =>
    listMarkdownFiles(path.join(siteDir, dir)).map((file) => path.join(dir, file)),
  );
}

/** One message per page that exists in one locale only, naming the file and where its twin belongs. */
export function findUntranslatedPages(siteDir: string): string[] {
  const problems: string[] = [];
  for (const { locale, source, translation } of translatedFolders()) {
    const sources = new Set(listMarkdownFiles(path.join(siteDir, source)));
    const translations = new Set(listMarkdownFiles(path.join(siteDir, translation)));
    for (const file of sources) {
      if (!translations.has(file)) {
        problems.push(
          `${path.join(source, file)}: has no ${locale} translation; create ${path.join(translation, file)}`,
        );
      }
    }
    for (const file of translations) {
      if (!sources.has(file)) {
        problems.push(
          `${path.join(translation, file)}: translates a page that does not exist; expected ${path.join(source, file)}`,
        );
      }
    }
  }
  return problems;
}
