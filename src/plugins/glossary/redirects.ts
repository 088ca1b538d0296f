import { aliasSlugs, glossaryRoute } from '../../lib/glossary';
import { loadValidGlossary } from './loadGlossary';
import type { GlossaryPluginOptions } from './options';

/**
 * For @docusaurus/plugin-client-redirects: the alias URLs of a term page (`/glossary/convolutional-neural-network`
 * and `/glossary/cnn`'s other names, plus slugs it had before), so links pasted into wikis keep working.
 */
export function createGlossaryRedirects(siteDir: string, options: GlossaryPluginOptions) {
  return (existingPath: string): string[] | undefined => {
    const match = new RegExp(`^(.*)${glossaryRoute}/([a-z0-9-]+)$`).exec(existingPath);
    if (!match) return undefined;
    const [, prefix, id] = match;
    const term = loadValidGlossary(siteDir, options).find((candidate) => candidate.id === id);
    return term ? aliasSlugs(term).map((alias) => `${prefix}${glossaryRoute}/${alias}`) : undefined;
  };
}
