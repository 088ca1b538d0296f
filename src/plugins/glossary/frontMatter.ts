import type { ParseFrontMatter } from '@docusaurus/types';

import type { GlossaryPaths } from './sitePaths';

/**
 * Docusaurus' front-matter hook for term pages: the term's `summary` becomes the page description
 * (meta description and og:description) and its names become keywords, so authors write each fact once.
 */
export function createTermFrontMatterParser(paths: GlossaryPaths): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    if (!paths.isTermFile(params.filePath)) return result;
    const { summary, name, otherName, abbr, aliases } = result.frontMatter as Record<string, unknown>;
    const keywords = [name, otherName, abbr, ...(Array.isArray(aliases) ? aliases : [])].filter(
      (keyword): keyword is string => typeof keyword === 'string',
    );
    // A term with an abbreviation gets its heading from the remark plugin (title plus the abbreviation), so the
    // abbreviation is part of the page's h1, where readers see it and search ranks it highest.
    const hideTitle = typeof abbr === 'string' ? { hide_title: true } : {};
    return {
      ...result,
      frontMatter: { ...result.frontMatter, description: summary, keywords, ...hideTitle },
    };
  };
}
