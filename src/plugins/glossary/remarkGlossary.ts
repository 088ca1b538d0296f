import path from 'node:path';

import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { valueToEstree } from 'estree-util-value-to-estree';
import type { VFile } from 'vfile';

import {
  termAliases,
  termSummary,
  type CategoryLabel,
  type ComponentDataContext,
} from '../../lib/glossary/componentData';
import { didYouMean } from '../../lib/glossary/didYouMean';
import type { GlossaryTerm, Locale } from '../../lib/glossary/model';
import { nameToSlug } from '../../lib/glossary/names';
import type { GlossaryPaths } from './sitePaths';

/** What the remark plugin reads of the glossary instance it is bound to, each time it runs. */
export interface RemarkGlossaryContext extends ComponentDataContext {
  readonly siteDir: string;
  readonly paths: GlossaryPaths;
  readonly terms: () => readonly GlossaryTerm[];
  readonly categoryLabels: (locale: Locale) => readonly CategoryLabel[];
  /** The heading of a term page's related terms, in a locale. */
  readonly relatedHeading: (locale: Locale) => string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const stringAttribute = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

/** A prop whose value is data (a list, an object), handed to the component as a JavaScript value. */
function valueAttribute(name: string, value: unknown): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: valueToEstree(value) }],
        },
      },
    },
  };
}

function setAttributes(element: JsxElement, attributes: readonly MdxJsxAttribute[]): void {
  const names = new Set(attributes.map((attribute) => attribute.name));
  element.attributes = [
    ...element.attributes.filter(
      (attribute) => !(attribute.type === 'mdxJsxAttribute' && names.has(attribute.name)),
    ),
    ...attributes,
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

function headingText(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/**
 * Gives glossary components their data at build time, so no page downloads a glossary it does not show:
 * `<Term id>` gets the term's path, other name and summary (and fails the build on an unknown id, listing every
 * one in the file), `<TermEmbed id>` the title and path of the term's embeddable card (same check), `<GlossaryIndex>` gets the number of terms and the categories, and each term page gets its "also known
 * as" header and its related terms.
 */
export function createRemarkGlossary(context: RemarkGlossaryContext) {
  const { siteDir, paths } = context;
  return function remarkGlossary() {
    return (tree: Root, file: VFile): void => {
      if (!file.path) return;
      const terms = context.terms();
      const byId = new Map(terms.map((term) => [term.id, term]));
      const locale = paths.localeOfFile(file.path);
      const where = path.relative(siteDir, file.path);

      const unknown: string[] = [];
      visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
        const element = node as JsxElement;
        if (element.name === 'Term' || element.name === 'TermEmbed') {
          const name = element.name;
          const id = attributeValue(element, 'id');
          const term = id === null ? undefined : byId.get(id);
          if (!term) {
            const line = element.position?.start.line ?? '?';
            unknown.push(
              id === null
                ? `${where}:${line}: <${name}> needs an id attribute naming a glossary entry, e.g. <${name} id="recall">`
                : `${where}:${line}: <${name} id="${id}"> names no glossary entry${didYouMean(id, [...byId.keys()])}`,
            );
            return;
          }
          if (name === 'TermEmbed') {
            setAttributes(element, [
              stringAttribute('title', term.locales[locale]?.title ?? term.id),
              stringAttribute('embedPath', `/embed${context.route}/${term.id}`),
            ]);
            return;
          }
          const { to, otherName, otherLang, summary } = termSummary(term, locale, context);
          setAttributes(element, [
            stringAttribute('to', to),
            stringAttribute('otherName', otherName),
            stringAttribute('otherLang', otherLang),
            stringAttribute('summary', summary),
          ]);
        } else if (element.name === 'GlossaryIndex') {
          // Only the count and the categories: the rows come from the plugin's file, so they are not in the page's
          // JavaScript (see src/components/GlossaryIndex).
          setAttributes(element, [
            valueAttribute('total', terms.length),
            valueAttribute('categories', context.categoryLabels(locale)),
          ]);
        }
      });
      if (unknown.length) throw new Error(unknown.join('\n'));

      if (!paths.isTermFile(file.path)) return;
      const term = byId.get(path.basename(file.path).replace(/\.mdx?$/, ''));
      if (!term) return;
      const entry = term.locales[locale];
      if (!entry) return;

      const category = context.categoryLabels(locale).find(({ id }) => id === term.category);
      const header = flowElement('TermPageHeader', [
        stringAttribute('title', entry.title),
        valueAttribute('aliases', termAliases(term)),
        ...(term.abbr ? [stringAttribute('abbr', term.abbr)] : []),
        stringAttribute('name', entry.name),
        stringAttribute('otherName', entry.otherName),
        stringAttribute('summary', entry.summary),
        stringAttribute('category', category?.label ?? term.category),
        stringAttribute('glossaryPath', context.route),
        stringAttribute('dataPath', `${context.route}/${term.id}.json`),
        stringAttribute('oembedPath', `${context.route}/${term.id}.oembed.json`),
        stringAttribute('embedPath', `/embed${context.route}/${term.id}`),
      ]);
      const firstParagraph = tree.children.findIndex(
        (child): child is Paragraph => child.type === 'paragraph',
      );
      tree.children.splice(firstParagraph + 1, 0, header);

      if (term.abbr) {
        // The front-matter hook hid Docusaurus' own title for this page (hide_title): this h1 replaces it.
        // An abbreviation is written in Latin letters, so it expands to the term's Latin-script name.
        const expansion =
          [entry.name, entry.otherName].find((name) => nameToSlug(name) !== null) ?? entry.name;
        const abbr: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'abbr',
          attributes: [stringAttribute('title', expansion), stringAttribute('className', 'term-abbr')],
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
        children: [{ type: 'text', value: `${context.relatedHeading(locale)} {#related}` }],
      };
      const related = flowElement('RelatedTerms', [
        valueAttribute(
          'terms',
          term.related.flatMap((relatedId) => {
            const relatedTerm = byId.get(relatedId);
            return relatedTerm ? [termSummary(relatedTerm, locale, context)] : [];
          }),
        ),
      ]);
      const sources = tree.children.findIndex(
        (child: RootContent) =>
          child.type === 'heading' && child.depth === 2 && /\{#sources\}\s*$/.test(headingText(child)),
      );
      tree.children.splice(sources === -1 ? tree.children.length : sources, 0, relatedHeading, related);
    };
  };
}
