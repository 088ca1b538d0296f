// @ts-check
// The Markdown and MDX pages the content checks read (scripts/check-*.mjs).
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Content folders of the default locale (zh-Hans); their translations live below i18n/<locale>/. */
export const defaultLocaleFolders = ['docs', 'blog', 'src/pages'];

/** Content folders of every locale: the default locale's and the translations below i18n/. */
export const allLocaleFolders = [...defaultLocaleFolders, 'i18n'];

/**
 * Every .md and .mdx file below the given folders of `siteDir`, relative to it and sorted; `_`-prefixed and dot
 * files and folders are skipped, as Docusaurus' content plugins skip them.
 * @param {string} siteDir
 * @param {readonly string[]} folders
 * @returns {string[]}
 */
export function listPages(siteDir, folders) {
  return folders
    .flatMap((folder) => {
      let entries;
      try {
        entries = readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' });
      } catch {
        return []; // a folder the site does not have
      }
      return entries
        .filter((entry) => /\.mdx?$/.test(entry))
        .filter(
          (entry) => !entry.split(path.sep).some((part) => part.startsWith('_') || part.startsWith('.')),
        )
        .map((entry) => path.join(folder, entry));
    })
    .sort();
}
