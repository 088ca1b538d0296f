import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import yaml from 'js-yaml';

import {
  buildGlossary,
  glossaryLocales,
  type GlossaryLocale,
  type GlossaryResult,
  type TermReference,
  type TermSource,
} from '../../lib/glossary';
import { defaultGlossaryOptions, type GlossaryPluginOptions } from './options';

/** The file of a glossary folder that is the glossary's own page, not a term. */
export const glossaryIndexFile = 'index.mdx';

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The YAML front matter of a Markdown file as an object (empty when there is none). */
export function parseFrontMatter(text: string): Record<string, unknown> {
  const match = frontMatterPattern.exec(text);
  if (!match) return {};
  const data: unknown = yaml.load(match[1] ?? '');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error('the front matter is not a YAML mapping');
  return data as Record<string, unknown>;
}

const termReferencePattern = /<Term\s+id=(["'])([^"']*)\1/g;

/** `<Term id="…">` uses in Markdown source, with 1-based line numbers; code fences are skipped. */
export function findTermReferences(source: string): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  let inFence = false;
  source.split('\n').forEach((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const match of line.matchAll(termReferencePattern))
      found.push({ id: match[2] ?? '', line: index + 1 });
  });
  return found;
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listMarkdown(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

/** The folder holding a locale's term files. */
export function termsDirOf(siteDir: string, options: GlossaryPluginOptions, locale: GlossaryLocale): string {
  const relative = locale === glossaryLocales[0] ? options.termsDir : options.translatedTermsDirs[locale];
  if (!relative)
    throw new Error(`glossary plugin: option "translatedTermsDirs" has no folder for locale "${locale}"`);
  return path.join(siteDir, relative);
}

/** The locale of a Markdown file of this site, from where it lives. */
export function localeOfFile(siteDir: string, file: string): GlossaryLocale {
  const relative = path.relative(siteDir, file);
  const translated = glossaryLocales.find((locale) =>
    relative.startsWith(`i18n${path.sep}${locale}${path.sep}`),
  );
  return translated ?? glossaryLocales[0];
}

/** Whether a file is a term page (as opposed to the glossary's index or any other page). */
export function isTermFile(siteDir: string, file: string, options: GlossaryPluginOptions): boolean {
  return glossaryLocales.some((locale) => {
    const dir = termsDirOf(siteDir, options, locale);
    return path.dirname(file) === dir && /\.mdx?$/.test(file) && path.basename(file) !== glossaryIndexFile;
  });
}

function readTermSources(siteDir: string, options: GlossaryPluginOptions): TermSource[] {
  return glossaryLocales.flatMap((locale) =>
    listMarkdown(termsDirOf(siteDir, options, locale))
      .filter((file) => isTermFile(siteDir, file, options))
      .map((file) => {
        const relative = path.relative(siteDir, file);
        const text = readFileSync(file, 'utf8');
        let frontMatter: Record<string, unknown>;
        try {
          frontMatter = parseFrontMatter(text);
        } catch (cause) {
          throw new Error(`${relative}: the front matter is not valid YAML`, { cause });
        }
        return {
          file: relative,
          locale,
          slug: path.basename(file).replace(/\.mdx?$/, ''),
          frontMatter,
          termReferences: findTermReferences(text),
        };
      }),
  );
}

function readOtherReferences(siteDir: string, options: GlossaryPluginOptions): TermReference[] {
  return options.contentDirs
    .flatMap((dir) => listMarkdown(path.join(siteDir, dir)))
    .filter((file) => !isTermFile(siteDir, file, options))
    .flatMap((file) =>
      findTermReferences(readFileSync(file, 'utf8')).map((reference) => ({
        ...reference,
        file: path.relative(siteDir, file),
      })),
    );
}

/** Reads and validates the whole glossary: terms of every locale and every `<Term>` use in the site. */
export function loadGlossary(
  siteDir: string,
  options: GlossaryPluginOptions = defaultGlossaryOptions,
): GlossaryResult {
  return buildGlossary(
    readTermSources(siteDir, options),
    readOtherReferences(siteDir, options),
    (locale, slug) => path.join(path.relative(siteDir, termsDirOf(siteDir, options, locale)), `${slug}.mdx`),
  );
}

/** Thrown when the glossary has problems; its message lists all of them. */
export class GlossaryValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The glossary has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.name = 'GlossaryValidationError';
  }
}

let cached: { key: string; terms: GlossaryResult['terms'] } | null = null;

/**
 * The valid glossary, for the remark plugin and the sidebars, which run once per file: it is read again only
 * when a term file changes (so `npm start` picks up edits), and throws when it is not valid.
 */
export function loadValidGlossary(
  siteDir: string,
  options: GlossaryPluginOptions = defaultGlossaryOptions,
): GlossaryResult['terms'] {
  const files = glossaryLocales.flatMap((locale) => listMarkdown(termsDirOf(siteDir, options, locale)));
  const key = files.map((file) => `${file}:${statSync(file).mtimeMs}`).join('|');
  if (cached?.key !== key) {
    const { terms, errors } = loadGlossary(siteDir, options);
    if (errors.length) throw new GlossaryValidationError(errors);
    cached = { key, terms };
  }
  return cached.terms;
}
