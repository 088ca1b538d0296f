import path from 'node:path';

import { buildLlmsTxt, llmsSections } from '../../lib/llmsTxt';
import { markdownUrl } from '../../lib/markdownUrl';
import { htmlToMarkdown, markdownPage } from '../../lib/pageMarkdown';
import type { OutputFile } from '../glossary/writeOutputs';
import type { CollectedDocs } from './collectDocs';

/** What a locale's build knows of the site that its llms.txt and Markdown pages need. */
export interface LlmsSite {
  /** Scheme and host, without a trailing slash. */
  readonly origin: string;
  /** The locale's base URL (`/`, `/en/`): permalinks start with it, the build's folder is its root. */
  readonly baseUrl: string;
  readonly title: string;
  readonly summary: string;
  readonly details: string;
  readonly topLevelTitle: string;
  readonly sourceLine: string;
  readonly optionalDocIds: readonly string[];
}

/** The build's file of a permalink: `/en/glossary/recall` → `glossary/recall` below the locale's folder. */
function relativePath(permalink: string, baseUrl: string): string {
  if (!permalink.startsWith(baseUrl)) {
    throw new Error(`llms-txt: the permalink ${permalink} is not below the locale's base URL ${baseUrl}`);
  }
  return permalink.slice(baseUrl.length);
}

/** The built HTML files a page may be in: `<path>.html`, or `<path>/index.html` (trailing-slash sites, the root). */
function htmlCandidates(outDir: string, relative: string): string[] {
  const withoutSlash = relative.replace(/\/$/, '');
  return withoutSlash
    ? [path.join(outDir, `${withoutSlash}.html`), path.join(outDir, withoutSlash, 'index.html')]
    : [path.join(outDir, 'index.html')];
}

/**
 * Every docs page's Markdown version (`<page>.md`, from the page's built HTML) and the locale's `llms.txt`, as
 * files for `outDir`; `readHtml` answers a built file's text, or null when there is none.
 */
export async function llmsOutputFiles(
  outDir: string,
  site: LlmsSite,
  { docs, sidebar }: CollectedDocs,
  readHtml: (file: string) => Promise<string | null>,
): Promise<OutputFile[]> {
  const absolute = (pagePath: string) => `${site.origin}${pagePath}`;
  const pages = await Promise.all(
    docs.map(async (doc) => {
      const relative = relativePath(doc.permalink, site.baseUrl);
      const candidates = htmlCandidates(outDir, relative);
      let html: string | null = null;
      for (const file of candidates) html ??= await readHtml(file);
      if (html === null) {
        throw new Error(
          `llms-txt: the doc "${doc.id}" (${doc.permalink}) has no built page (looked for ${candidates.map((file) => path.relative(outDir, file)).join(', ')})`,
        );
      }
      const url = absolute(doc.permalink);
      let body: string;
      try {
        body = htmlToMarkdown(html, url);
      } catch (cause) {
        throw new Error(`llms-txt: cannot convert the doc "${doc.id}" (${doc.permalink}) to Markdown`, {
          cause,
        });
      }
      return {
        path: path.join(outDir, relativePath(markdownUrl(doc.permalink), site.baseUrl)),
        content: markdownPage({ title: doc.title, url, sourceLine: site.sourceLine }, body),
      };
    }),
  );
  const { sections, optional } = llmsSections({
    sidebar,
    docs,
    topLevelTitle: site.topLevelTitle,
    optionalDocIds: site.optionalDocIds,
    markdownUrl: (permalink) => absolute(markdownUrl(permalink)),
  });
  const llmsTxt = buildLlmsTxt({
    title: site.title,
    summary: site.summary,
    details: site.details,
    sections,
    optional,
  });
  return [...pages, { path: path.join(outDir, 'llms.txt'), content: llmsTxt }];
}
