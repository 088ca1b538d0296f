import type { ParseFrontMatter } from '@docusaurus/types';

import type { GlossaryTerm } from '../../lib/glossary/model';
import { searchKeywords } from '../../lib/glossary/names';

import type { GlossaryPaths } from './sitePaths';

/**
 * Docusaurus' front-matter hook for term pages: the term's `summary` becomes the page description
 * (meta description and og:description) and its names in every locale become keywords (which search indexes), so
 * authors write each fact once.
 */
export function createTermFrontMatterParser(
  paths: GlossaryPaths,
  currentTerms: () => readonly GlossaryTerm[],
): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    if (!paths.isTermFile(params.filePath)) return result;
    const { summary, id, abbr } = result.frontMatter as Record<string, unknown>;
    const locale = paths.localeOfFile(params.filePath);
    const term = currentTerms().find((candidate) => candidate.id === id);
    // A file the glossary did not accept is reported by the glossary; its page keeps the keywords it has.
    const keywords =
      term && locale ? searchKeywords(term, locale, paths.locales) : result.frontMatter.keywords;
    // A term with an abbreviation gets its heading from the remark plugin (title plus the abbreviation), so the
    // abbreviation is part of the page's h1, where readers see it and search ranks it highest.
    const hideTitle = typeof abbr === 'string' ? { hide_title: true } : {};
    return {
      ...result,
      frontMatter: { ...result.frontMatter, description: summary, keywords, ...hideTitle },
    };
  };
}
