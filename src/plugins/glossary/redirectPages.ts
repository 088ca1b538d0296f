/**
 * The page an alias URL answers with on hosts that cannot send a 301 (GitHub Pages, object stores): a real page, in
 * the term's language, with its title, description, canonical URL and Open Graph tags, so that a pasted alias
 * unfurls like the term itself, and that sends the reader on (meta refresh, a script that keeps the query and the
 * fragment, and a link for everyone else). nginx answers these URLs with a 301 before the page is read.
 */
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** What an alias page says about its term, with absolute URLs. */
export interface RedirectPageData {
  /** The HTML lang of the term's locale. */
  readonly lang: string;
  /** The term page's title, as a tab and a card show it. */
  readonly title: string;
  /** The site's title, after the page's in the tab. */
  readonly siteTitle: string;
  readonly titleDelimiter: string;
  readonly description: string;
  /** The term page, absolute: the canonical URL and og:url. */
  readonly url: string;
  /** The term page's path from the site's root, where the reader is sent. */
  readonly to: string;
  readonly ogLocale: string;
  readonly ogLocaleAlternates: readonly string[];
  /** The term's preview card: absolute URL, size and text alternative. */
  readonly image: {
    readonly url: string;
    readonly width: number;
    readonly height: number;
    readonly alt: string;
  };
}

export function redirectPageHtml(data: RedirectPageData): string {
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    h('meta', { key: `${name}:${content}`, [key]: name, content });
  const head = h(
    'head',
    null,
    h('meta', { charSet: 'utf-8' }),
    h('title', null, `${data.title} ${data.titleDelimiter} ${data.siteTitle}`),
    meta('name', 'description', data.description),
    h('link', { rel: 'canonical', href: data.url }),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', data.siteTitle),
    // As Docusaurus titles the term page itself, so that an alias unfurls exactly as the page does.
    meta('property', 'og:title', `${data.title} ${data.titleDelimiter} ${data.siteTitle}`),
    meta('property', 'og:description', data.description),
    meta('property', 'og:url', data.url),
    meta('property', 'og:locale', data.ogLocale),
    ...data.ogLocaleAlternates.map((locale) => meta('property', 'og:locale:alternate', locale)),
    meta('property', 'og:image', data.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(data.image.width)),
    meta('property', 'og:image:height', String(data.image.height)),
    meta('property', 'og:image:alt', data.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image', data.image.url),
    meta('name', 'twitter:image:alt', data.image.alt),
    h('meta', { httpEquiv: 'refresh', content: `0; url=${data.to}` }),
  );
  const body = h(
    'body',
    null,
    h('p', null, h('a', { href: data.to }, data.title)),
    // The query and the fragment go along (a link to a section of the term keeps working).
    h('script', {
      dangerouslySetInnerHTML: {
        __html: `window.location.replace(${JSON.stringify(data.to)} + window.location.search + window.location.hash);`,
      },
    }),
  );
  return `<!DOCTYPE html>${renderToStaticMarkup(h('html', { lang: data.lang }, head, body))}\n`;
}
