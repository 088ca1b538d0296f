/**
 * The embeddable term card (`/embed/glossary/<slug>` in every locale): a small static page that a wiki frames, with
 * the term's names, its one-line definition, its category and a link to the full entry. No script, one stylesheet
 * from the site (the Content-Security-Policy allows no inline `<style>`), light and dark by the reader's system
 * setting. nginx lets the wikis listed in deploy/nginx/embed-origins.conf frame these pages, and no other page.
 */
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import type { EmbedCardLabels } from './options';

/** The card's stylesheet, relative to the site's static files (static/embed/card.css). */
export const embedStylesheetFile = 'embed/card.css';

/** What a term card shows; paths are from the site's root, `url` is absolute. */
export interface EmbedPageData {
  /** The HTML lang of the card's locale. */
  readonly lang: string;
  /** The term page's title, for the card's `<title>`. */
  readonly title: string;
  readonly siteTitle: string;
  readonly titleDelimiter: string;
  /** The term's name in the card's language, in the other language (with that language's HTML lang), its abbreviation. */
  readonly name: string;
  readonly otherName: string;
  readonly otherLang: string;
  readonly abbr?: string;
  /** The one-line definition. */
  readonly summary: string;
  /** The term's category, named in the card's language. */
  readonly category: string;
  /** The term page, absolute: the canonical URL. */
  readonly url: string;
  /** The term page and the locale's home page, from the site's root: the card's links. */
  readonly termPath: string;
  readonly homePath: string;
  /** The card's stylesheet and the site's logo (or null), from the site's root. */
  readonly stylesheet: string;
  readonly logo: string | null;
  readonly labels: EmbedCardLabels;
}

/** The card's whole page, as HTML. */
export function embedPageHtml(data: EmbedPageData): string {
  // Links open outside the frame: a wiki's frame is too small to read a whole page in.
  const outside = { target: '_blank', rel: 'noopener' };
  const head = h(
    'head',
    null,
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'robots', content: 'noindex' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('title', null, `${data.title} ${data.titleDelimiter} ${data.siteTitle}`),
    h('meta', { name: 'description', content: data.summary }),
    h('link', { rel: 'canonical', href: data.url }),
    h('link', { rel: 'stylesheet', href: data.stylesheet }),
  );
  const names = [
    h('span', { key: 'other', lang: data.otherLang }, data.otherName),
    ...(data.abbr ? [h('span', { key: 'abbr', className: 'card-abbr' }, data.abbr)] : []),
  ];
  const body = h(
    'body',
    null,
    h(
      'main',
      { className: 'card' },
      h('p', { className: 'card-kicker' }, `${data.labels.glossary} · ${data.category}`),
      h('h1', { className: 'card-name' }, data.name),
      h(
        'p',
        { className: 'card-names' },
        names.flatMap((name, index) =>
          index === 0 ? [name] : [h('span', { key: `dot${index}`, 'aria-hidden': 'true' }, ' · '), name],
        ),
      ),
      h('p', { className: 'card-summary' }, data.summary),
      h(
        'footer',
        { className: 'card-footer' },
        h('a', { className: 'card-more', href: data.termPath, ...outside }, data.labels.readMore),
        h(
          'a',
          { className: 'card-site', href: data.homePath, ...outside },
          data.logo
            ? h('img', { src: data.logo, alt: '', width: 16, height: 16, className: 'card-logo' })
            : null,
          data.siteTitle,
        ),
      ),
    ),
  );
  return `<!DOCTYPE html>${renderToStaticMarkup(h('html', { lang: data.lang }, head, body))}\n`;
}
