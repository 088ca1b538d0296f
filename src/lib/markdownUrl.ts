/**
 * Where a docs page's Markdown version is served (written by the llms-txt plugin). Its own module: the term page
 * links it, and the browser bundle must not pull in the HTML-to-Markdown converter.
 */

/** The URL of a page's Markdown version: `/glossary/recall` → `/glossary/recall.md`, `/en/` → `/en/index.md`. */
export function markdownUrl(pagePath: string): string {
  return pagePath.endsWith('/') ? `${pagePath}index.md` : `${pagePath}.md`;
}
