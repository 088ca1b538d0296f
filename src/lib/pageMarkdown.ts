/**
 * A docs page as Markdown, for the assistants readers paste the site into: converted from the page's built HTML,
 * so components (`<Term>`, `<MetricValue>`, tables, admonitions) come out as the reader sees them. Pure: HTML in,
 * Markdown out; the llms-txt plugin reads and writes the files.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';

/** Where the page's own content is: the docs theme's Markdown container, inside the `<article>`. */
const contentSelector = '.theme-doc-markdown';

/**
 * Reader interface that is no content: buttons (copy, show more), form controls and their labels, the glossary's
 * filter box, inline SVG (the calculators' charts; diagrams keep their caption, and their text version follows
 * them), `<Term>` tooltips (the linked term's summary, which its own page has), heading anchors (`#`), and what
 * the docs theme puts around the content (breadcrumbs, mobile TOC, edit link, last update, pagination).
 */
const interfaceSelector = [
  'button',
  'input',
  'textarea',
  'select',
  'label',
  '[role="search"]',
  'svg',
  'script',
  'style',
  'noscript',
  'template',
  '[role="tooltip"]',
  '.hash-link',
  '.search-ignore',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.theme-edit-this-page',
  '.pagination-nav',
].join(', ');

/** The TeX source KaTeX keeps beside its rendering (MathML's annotation), or an error: never the glyphs. */
function texSource(node: HTMLElement): string {
  const annotation = node.querySelector('annotation[encoding="application/x-tex"]');
  if (!annotation?.textContent) {
    throw new Error(
      `a KaTeX formula has no <annotation encoding="application/x-tex"> to take its TeX from: ${node.outerHTML.slice(0, 120)}…`,
    );
  }
  return annotation.textContent.trim();
}

/** The code of a highlighted block: Prism's lines are `<div class="token-line">` ending in `<br>`. */
function codeText(pre: HTMLElement): string {
  const lines = pre.querySelectorAll('.token-line');
  const text =
    lines.length > 0
      ? Array.from(lines, (line) => line.textContent ?? '').join('\n')
      : (pre.textContent ?? '');
  return text.replace(/\n+$/, '');
}

/** The language of a code block, from `language-*` on the `<pre>` or the theme's container. */
function codeLanguage(pre: HTMLElement): string {
  const classes = `${pre.className} ${pre.closest('[class*="language-"]')?.className ?? ''}`;
  return /(?:^|\s)language-([\w+#-]+)/.exec(classes)?.[1] ?? '';
}

/** A fence longer than any run of backticks in the code, so the code cannot close it. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Turndown set up for the site's docs pages; `pageUrl` makes every link and image absolute. */
function createConverter(pageUrl: string): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  service.use([tables, strikethrough]);
  const absolute = (url: string) => new URL(url, pageUrl).href;

  // Turndown tries the rules added last first: the ones that drop nodes come last, so they win.
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => {
      const text = content.trim();
      return text ? `[${text}](${absolute(node.getAttribute('href') ?? '')})` : '';
    },
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = node.getAttribute('src');
      return src ? `![${(node.getAttribute('alt') ?? '').replace(/[[\]]/g, '\\$&')}](${absolute(src)})` : '';
    },
  });
  service.addRule('codeBlock', {
    filter: 'pre',
    replacement: (_content, node) => {
      const code = codeText(node);
      const fence = fenceFor(code);
      return `\n\n${fence}${codeLanguage(node)}\n${code}\n${fence}\n\n`;
    },
  });
  // A related term's summary follows its link in the same list item, without a separator in the HTML.
  service.addRule('linkSummary', {
    filter: (node) =>
      node.nodeName === 'SPAN' &&
      node.parentElement?.nodeName === 'LI' &&
      node.previousSibling?.nodeName === 'A',
    replacement: (content) => ` — ${content.trim()}`,
  });
  service.addRule('admonitionHeading', {
    filter: (node) =>
      node.parentElement?.classList.contains('theme-admonition') === true &&
      node.parentElement.firstElementChild === node &&
      node.parentElement.childElementCount > 1,
    replacement: (content) => `\n\n**${content.trim()}**\n\n`,
  });
  service.addRule('admonition', {
    filter: (node) => node.classList.contains('theme-admonition'),
    replacement: (content) =>
      `\n\n${content
        .trim()
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')}\n\n`,
  });
  service.addRule('mathInline', {
    filter: (node) => node.classList.contains('katex'),
    replacement: (_content, node) => `$${texSource(node)}$`,
  });
  service.addRule('mathDisplay', {
    filter: (node) => node.classList.contains('katex-display'),
    replacement: (_content, node) => `\n\n$$\n${texSource(node)}\n$$\n\n`,
  });
  // The page's title opens the Markdown already (see markdownPage).
  service.addRule('title', { filter: 'h1', replacement: () => '' });
  service.addRule('interface', {
    filter: (node) =>
      node.matches(interfaceSelector) ||
      // A calculator: a section of form controls, of no use without the page's script.
      (node.nodeName === 'SECTION' && Boolean(node.querySelector('input, textarea, select'))),
    replacement: () => '',
  });
  service.addRule('outsideContent', {
    // Turndown parses with domino, whose querySelector answers undefined, not null, when nothing matches.
    filter: (node) => !node.closest(contentSelector) && !node.querySelector(contentSelector),
    replacement: () => '',
  });
  return service;
}

/**
 * The content of a built docs page as Markdown: only what is inside its `.theme-doc-markdown` container, without
 * its H1. KaTeX becomes `$tex$` and `$$tex$$`, code blocks are fenced with their language, links and images are
 * absolute (resolved against `pageUrl`), tables are GFM tables. Throws when the HTML has no docs content.
 */
export function htmlToMarkdown(html: string, pageUrl: string): string {
  if (!html.includes('theme-doc-markdown')) {
    throw new Error(`the HTML of ${pageUrl} has no ${contentSelector} element: is it a docs page?`);
  }
  // Only the page's <article> is parsed (docs pages have one, and articles do not nest): the navbar, the sidebar
  // with every glossary term and the footer are most of a page, and parsing them took most of the time.
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  const article = start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : html;
  return createConverter(pageUrl)
    .turndown(article)
    .replace(/\u200b/g, '')
    .trim();
}

/** What heads a page's Markdown version. */
export interface MarkdownPageHead {
  readonly title: string;
  /** The page's address, which the Markdown is a version of. */
  readonly url: string;
  /** The line under the title, with `{url}` where the page's address goes. */
  readonly sourceLine: string;
}

/** A page's Markdown version: its title as the H1, a line naming the page it comes from, then its content. */
export function markdownPage({ title, url, sourceLine }: MarkdownPageHead, body: string): string {
  return `# ${title}\n\n${sourceLine.replaceAll('{url}', url)}\n\n${body}\n`;
}
