/**
 * What a built page says about itself in its `<head>`, read back for its preview card: the Open Graph title and
 * description, and the first breadcrumb of its BreadcrumbList JSON-LD. Pure; reads the HTML Docusaurus writes
 * (minified by swc: attribute values may be unquoted).
 */
import type { PageCardContent } from './card';

/** The attributes of every tag named `tag` in `html`, with entities decoded. */
function tagAttributes(html: string, tag: string): Map<string, string>[] {
  const tags = html.matchAll(new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi'));
  return [...tags].map(([, attributes = '']) => {
    const found = new Map<string, string>();
    for (const [, name = '', double, single, bare] of attributes.matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      found.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare?.replace(/\/$/, '') ?? ''));
    }
    return found;
  });
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references an attribute value can hold (named ones for markup, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return namedEntities[body.toLowerCase()] ?? reference;
  });
}

/** The name of the first item of the page's BreadcrumbList, when the list has more than that item. */
function firstBreadcrumb(html: string): string | null {
  for (const [, json = ''] of html.matchAll(
    /<script\b[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi,
  )) {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      continue;
    }
    const items = (data as { '@type'?: unknown; itemListElement?: unknown })?.itemListElement;
    if ((data as { '@type'?: unknown })['@type'] !== 'BreadcrumbList' || !Array.isArray(items)) continue;
    const [first] = items as { name?: unknown }[];
    return items.length > 1 && typeof first?.name === 'string' ? first.name : null;
  }
  return null;
}

/**
 * A page's card content from its HTML: `og:title` without the ` | site title` suffix Docusaurus adds, and
 * `og:description`. Throws naming `file` when the page has no title to show.
 */
export function pageCardContent(
  html: string,
  site: { readonly title: string; readonly titleDelimiter: string },
  file: string,
): PageCardContent {
  const meta = new Map<string, string>();
  for (const attributes of tagAttributes(html, 'meta')) {
    const key = attributes.get('property') ?? attributes.get('name');
    const content = attributes.get('content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content.trim());
  }
  const fullTitle = meta.get('og:title') ?? '';
  const suffix = ` ${site.titleDelimiter} ${site.title}`;
  const title = fullTitle.endsWith(suffix) ? fullTitle.slice(0, -suffix.length) : fullTitle;
  if (!title) throw new Error(`${file}: the page has no og:title, which its preview card needs`);
  const section = firstBreadcrumb(html);
  return {
    kind: 'page',
    title,
    description: meta.get('og:description') ?? meta.get('description') ?? '',
    section: section && section !== title ? section : null,
  };
}
