import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { DEFAULT_PARSE_FRONT_MATTER, Globby } from '@docusaurus/utils';

import type { TermSource } from '../../lib/glossary/model';
import type { GlossaryPaths } from './sitePaths';

/** Reads the front matter of every term file of every locale, in the locales' order, then by file name. */
export async function loadTermFiles(siteDir: string, paths: GlossaryPaths): Promise<TermSource[]> {
  const perLocale = await Promise.all(
    paths.locales.map(async (locale) => {
      const dir = paths.termsDir(locale);
      const names = (await Globby('*.{md,mdx}', { cwd: dir, ignore: ['index.*', '_*'] })).sort();
      return Promise.all(
        names.map(async (name): Promise<TermSource> => {
          const filePath = path.join(dir, name);
          const file = path.relative(siteDir, filePath);
          const fileContent = await readFile(filePath, 'utf8');
          try {
            const { frontMatter } = await DEFAULT_PARSE_FRONT_MATTER({ filePath, fileContent });
            return { file, locale, slug: name.replace(/\.mdx?$/, ''), frontMatter };
          } catch (cause) {
            throw new Error(`${file}: the front matter is not valid YAML`, { cause });
          }
        }),
      );
    }),
  );
  return perLocale.flat();
}
