/**
 * `llms.txt` (https://llmstxt.org): the site's title, a one-paragraph summary, a paragraph on how to read it, then
 * one `## ` section of links per part of the docs sidebar, each link to a page's Markdown version with the page's
 * description. Pure: the llms-txt plugin gives it the docs' metadata and writes the file.
 */

/** A docs page, as the docs plugin describes it. */
export interface LlmsDoc {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The page's path, with the site's base URL (`/en/glossary/recall`). */
  readonly permalink: string;
}

/** The parts of a docs sidebar item that llms.txt reads (Docusaurus' `SidebarItem`, structurally). */
export type LlmsSidebarItem =
  | { readonly type: 'doc' | 'ref'; readonly id: string }
  | {
      readonly type: 'category';
      readonly label: string;
      readonly link?: { readonly type: string; readonly id?: string };
      readonly items: readonly LlmsSidebarItem[];
    }
  | { readonly type: 'link' | 'html' };

/** One line of a section: a page's title, its Markdown version's absolute URL and its description. */
interface LlmsLink {
  readonly title: string;
  readonly url: string;
  readonly description: string;
}

/** A `## ` section of llms.txt. */
interface LlmsSection {
  readonly title: string;
  readonly links: readonly LlmsLink[];
}

/** How the sidebar becomes sections. */
export interface LlmsSectionsParams {
  readonly sidebar: readonly LlmsSidebarItem[];
  readonly docs: readonly LlmsDoc[];
  /** The section of the docs at the sidebar's top level, outside any category (the introduction). */
  readonly topLevelTitle: string;
  /** Docs listed under `## Optional` instead of their place in the sidebar: secondary pages. */
  readonly optionalDocIds: readonly string[];
  /** The absolute URL of a page's Markdown version, from its permalink. */
  readonly markdownUrl: (permalink: string) => string;
}

/** The sections, and the secondary pages (the optional ones, and docs the sidebar does not list). */
export interface LlmsSections {
  readonly sections: readonly LlmsSection[];
  readonly optional: readonly LlmsLink[];
}

/** Joins a category's label to its parent's, for a nested category's own section. */
const sectionPath = (parent: string | null, label: string) => (parent ? `${parent} / ${label}` : label);

/**
 * One section per sidebar category, in sidebar order: the category's own page, then its docs; a nested category
 * (the glossary's categories) gets a section of its own, titled with its parent (`术语表 / 模型评估`). Docs at the
 * top level form the first section. Throws on a sidebar item naming no doc, or an optional id naming no doc.
 */
export function llmsSections({
  sidebar,
  docs,
  topLevelTitle,
  optionalDocIds,
  markdownUrl,
}: LlmsSectionsParams): LlmsSections {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const unknownOptional = optionalDocIds.filter((id) => !byId.has(id));
  if (unknownOptional.length > 0) {
    throw new Error(
      `llms.txt: "optionalDocIds" names ${unknownOptional.map((id) => `"${id}"`).join(', ')}, which no doc has (docs: ${[...byId.keys()].join(', ')})`,
    );
  }
  const optional = new Set(optionalDocIds);
  const listed = new Set<string>();
  const link = (id: string): LlmsLink[] => {
    const doc = byId.get(id);
    if (!doc)
      throw new Error(`llms.txt: the sidebar names the doc "${id}", which the docs plugin did not load`);
    if (optional.has(id) || listed.has(id)) return [];
    listed.add(id);
    return [{ title: doc.title, url: markdownUrl(doc.permalink), description: doc.description }];
  };

  const sections: LlmsSection[] = [];
  const addCategory = (
    category: Extract<LlmsSidebarItem, { type: 'category' }>,
    parent: string | null,
  ): void => {
    const title = sectionPath(parent, category.label);
    const section = {
      title,
      links: category.link?.type === 'doc' && category.link.id ? link(category.link.id) : [],
    };
    sections.push(section);
    for (const item of category.items) {
      if (item.type === 'doc' || item.type === 'ref') section.links.push(...link(item.id));
      else if (item.type === 'category') addCategory(item, title);
    }
  };
  const topLevel: LlmsLink[] = [];
  for (const item of sidebar) {
    if (item.type === 'doc' || item.type === 'ref') topLevel.push(...link(item.id));
    else if (item.type === 'category') addCategory(item, null);
  }
  const secondary = docs
    .filter((doc) => optional.has(doc.id) || !listed.has(doc.id))
    .sort((a, b) => Number(optional.has(b.id)) - Number(optional.has(a.id)) || a.id.localeCompare(b.id))
    .map((doc) => ({ title: doc.title, url: markdownUrl(doc.permalink), description: doc.description }));
  return {
    sections: [{ title: topLevelTitle, links: topLevel }, ...sections].filter(
      (section) => section.links.length > 0,
    ),
    optional: secondary,
  };
}

/** What llms.txt says about the site. */
export interface LlmsTxt extends LlmsSections {
  /** The site's name: the H1. */
  readonly title: string;
  /** One paragraph: the blockquote under the title. */
  readonly summary: string;
  /** What the site is and how to use its Markdown files: the paragraph after the summary. */
  readonly details: string;
}

/** Text for one line of Markdown: runs of whitespace (line breaks included) become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A link's text with the brackets that would end it escaped. */
const linkText = (text: string) => oneLine(text).replace(/[[\]\\]/g, '\\$&');

function linkLine({ title, url, description }: LlmsLink): string {
  const line = `- [${linkText(title)}](${url})`;
  return description ? `${line}: ${oneLine(description)}` : line;
}

/** The llms.txt file: H1, blockquote, details, the sections, and `## Optional` when there are secondary pages. */
export function buildLlmsTxt({ title, summary, details, sections, optional }: LlmsTxt): string {
  const blocks = [
    `# ${oneLine(title)}`,
    `> ${oneLine(summary)}`,
    details.trim(),
    ...sections.map((section) => [`## ${oneLine(section.title)}`, ...section.links.map(linkLine)].join('\n')),
    ...(optional.length > 0 ? [['## Optional', ...optional.map(linkLine)].join('\n')] : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}
