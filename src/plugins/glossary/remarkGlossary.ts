import path from 'node:path';

import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

import { suggestion, type GlossaryLocale, type GlossaryTerm } from '../../lib/glossary';
import type { TermSummary, TermIndexItem } from '../../lib/glossaryIndex';
import { isTermFile, loadValidGlossary, localeOfFile } from './loadGlossary';
import { defaultGlossaryOptions, type GlossaryPluginOptions } from './options';

/** Options of {@link remarkGlossary}. */
export interface RemarkGlossaryOptions {
  readonly siteDir: string;
  readonly glossary?: GlossaryPluginOptions;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const stringAttribute = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

function setAttribute(element: JsxElement, name: string, value: string): void {
  element.attributes = [
    ...element.attributes.filter(
      (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name),
    ),
    stringAttribute(name, value),
  ];
}

function attributeValue(element: JsxElement, name: string): string | null {
  const attribute = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : null;
}

const flowElement = (name: string, attributes: MdxJsxAttribute[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes,
  children: [],
});

/** What the reader's locale shows of a term: enough for a tooltip or a list row. */
export function termSummary(term: GlossaryTerm, locale: GlossaryLocale): TermSummary {
  const entry = term.locales[locale];
  return {
    id: term.id,
    title: entry.title,
    name: entry.name,
    otherName: entry.otherName,
    summary: entry.summary,
  };
}

/** A row of the glossary index: names, aliases and summaries of both locales, for the filter. */
export function termIndexItem(term: GlossaryTerm, locale: GlossaryLocale): TermIndexItem {
  const other = Object.values(term.locales).find((entry) => entry.locale !== locale);
  return {
    ...termSummary(term, locale),
    category: term.category,
    abbr: term.abbr ?? null,
    aliases: [...new Set(Object.values(term.locales).flatMap((entry) => entry.aliases))],
    otherSummary: other?.summary ?? '',
  };
}

const relatedHeadingText: Readonly<Record<GlossaryLocale, string>> = {
  'zh-Hans': '相关术语 {#related}',
  en: 'Related terms {#related}',
};

/**
 * Gives glossary components their data at build time, so no page downloads a glossary it does not show:
 * `<Term id>` gets the term's other name and summary (and fails the build on an unknown id), `<GlossaryIndex>`
 * gets every term, and each term page gets its "also known as" header and its related terms.
 */
export default function remarkGlossary({
  siteDir,
  glossary = defaultGlossaryOptions,
}: RemarkGlossaryOptions) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const terms = loadValidGlossary(siteDir, glossary);
    const byId = new Map(terms.map((term) => [term.id, term]));
    const locale = localeOfFile(siteDir, file.path);
    const where = path.relative(siteDir, file.path);

    visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
      const element = node as JsxElement;
      if (element.name === 'Term') {
        const id = attributeValue(element, 'id');
        const term = id === null ? undefined : byId.get(id);
        if (!term) {
          const line = element.position?.start.line ?? '?';
          throw new Error(
            id === null
              ? `${where}:${line}: <Term> needs an id attribute naming a glossary entry, e.g. <Term id="recall">`
              : `${where}:${line}: <Term id="${id}"> names no glossary entry${suggestion(id, [...byId.keys()])}`,
          );
        }
        const { otherName, summary } = termSummary(term, locale);
        setAttribute(element, 'otherName', otherName);
        setAttribute(element, 'summary', summary);
      } else if (element.name === 'GlossaryIndex') {
        setAttribute(element, 'termsJson', JSON.stringify(terms.map((term) => termIndexItem(term, locale))));
      }
    });

    if (!isTermFile(siteDir, file.path, glossary)) return;
    const id = path.basename(file.path).replace(/\.mdx?$/, '');
    const term = byId.get(id);
    if (!term) return;
    const entry = term.locales[locale];

    const header = flowElement('TermPageHeader', [
      stringAttribute('title', entry.title),
      stringAttribute('aliasesJson', JSON.stringify(termIndexItem(term, locale).aliases)),
      ...(term.abbr ? [stringAttribute('abbr', term.abbr)] : []),
    ]);
    const firstParagraph = tree.children.findIndex((child): child is Paragraph => child.type === 'paragraph');
    tree.children.splice(firstParagraph + 1, 0, header);

    if (term.abbr) {
      // The front-matter hook hid Docusaurus' own title for this page (hide_title): this h1 replaces it.
      const abbr: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'abbr',
        attributes: [
          stringAttribute('title', term.locales.en.name),
          stringAttribute('className', 'term-abbr'),
        ],
        children: [{ type: 'text', value: term.abbr }],
      };
      const title: Heading = {
        type: 'heading',
        depth: 1,
        children: [{ type: 'text', value: `${entry.title} ` }, abbr],
      };
      tree.children.unshift(title);
    }

    const relatedHeading: Heading = {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: relatedHeadingText[locale] }],
    };
    const related = flowElement('RelatedTerms', [
      stringAttribute(
        'termsJson',
        JSON.stringify(
          term.related.flatMap((relatedId) => {
            const relatedTerm = byId.get(relatedId);
            return relatedTerm ? [termSummary(relatedTerm, locale)] : [];
          }),
        ),
      ),
    ]);
    const sources = tree.children.findIndex(
      (child: RootContent) =>
        child.type === 'heading' && child.depth === 2 && /\{#sources\}\s*$/.test(headingText(child)),
    );
    tree.children.splice(sources === -1 ? tree.children.length : sources, 0, relatedHeading, related);
  };
}

function headingText(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('');
}
