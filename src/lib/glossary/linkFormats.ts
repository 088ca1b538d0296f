/**
 * A titled link in the markups wikis and chats paste: what the term pages' copy buttons put on the clipboard. Pure.
 * Each escapes what its markup would otherwise read as syntax, so a title such as `F1 [macro]` stays one link.
 */

/** A link's two parts. */
export interface TitledLink {
  readonly title: string;
  readonly url: string;
}

/** The markups a term link can be copied in, in the order the page offers them. */
export const linkFormats = ['markdown', 'mediawiki', 'confluence', 'html'] as const;
export type LinkFormat = (typeof linkFormats)[number];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** `<a href="url">title</a>`: what a rich editor (Lark, Confluence, Notion, Google Docs) pastes as a named link. */
export function htmlLink({ title, url }: TitledLink): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
}

/** The embed card's height in the iframe snippet, in CSS pixels: its name, a two- or three-line definition and its links. */
export const embedFrameHeight = 240;

/**
 * An iframe of a term's embeddable card (`url`: the card's address), titled for screen readers, as wide as the
 * wiki's column allows: for wikis that take HTML (MediaWiki with an iframe extension, Confluence's HTML macro,
 * GitLab) or an embed URL (Feishu, Notion, Yuque, which take the `src` alone).
 */
export function embedSnippet({ title, url }: TitledLink): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="${embedFrameHeight}" style="border: 0; max-width: 800px" loading="lazy"></iframe>`;
}

/** The link in one markup. URLs are absolute `https?:` addresses, which need no escaping in any of them but HTML. */
export function formatLink(format: LinkFormat, link: TitledLink): string {
  const { title, url } = link;
  switch (format) {
    case 'markdown':
      // CommonMark: brackets and backslashes in link text are escaped; parentheses in the URL are not expected.
      return `[${title.replace(/[\\[\]]/g, '\\$&')}](${url})`;
    case 'mediawiki':
      // External link: `[url text]`; a `]` would end it, so it is written as an HTML entity.
      return `[${url} ${title.replace(/]/g, '&#93;')}]`;
    case 'confluence':
      // Confluence wiki markup: `[text|url]`; `|` and `]` in the text are escaped with a backslash.
      return `[${title.replace(/[|\]\\[]/g, '\\$&')}|${url}]`;
    case 'html':
      return htmlLink(link);
  }
}
