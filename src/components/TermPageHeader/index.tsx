import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import copyTextToClipboard from 'copy-text-to-clipboard';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { embedSnippet, formatLink, htmlLink, type LinkFormat } from '@site/src/lib/glossary/linkFormats';
import { definedTermJsonLd } from '@site/src/lib/glossary/termDocument';
import { markdownUrl } from '@site/src/lib/markdownUrl';
import { cardAlt } from '@site/src/lib/socialCard/card';

import styles from './styles.module.css';

/** Props of {@link TermPageHeader}, filled in at build time by the glossary's remark plugin. */
export interface TermPageHeaderProps {
  readonly title: string;
  readonly abbr?: string;
  /** Synonyms in every language. */
  readonly aliases: readonly string[];
  /** The term's name in this page's language, and in the other one. */
  readonly name: string;
  readonly otherName: string;
  readonly summary: string;
  /** The term's category, named in this page's language. */
  readonly category: string;
  /** Paths below the locale's root: the glossary page, this term's JSON, its oEmbed response and embeddable card. */
  readonly glossaryPath: string;
  readonly dataPath: string;
  readonly oembedPath: string;
  readonly embedPath: string;
}

/** The markups offered besides Markdown, named as their tools name them. */
const otherFormats: readonly { readonly format: LinkFormat; readonly label: string }[] = [
  { format: 'mediawiki', label: 'MediaWiki' },
  { format: 'confluence', label: 'Confluence' },
  { format: 'html', label: 'HTML' },
];

/**
 * What tools that unfurl a pasted link read: the page as an article, its category and other names as Slack's
 * labels, schema.org `DefinedTerm` JSON-LD, and links to the term's JSON, oEmbed response and Markdown version.
 */
function TermHead({
  title,
  abbr,
  names,
  name,
  otherName,
  summary,
  category,
  glossaryPath,
  dataPath,
  oembedPath,
}: Omit<TermPageHeaderProps, 'aliases' | 'embedPath'> & {
  readonly names: readonly string[];
}): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { pathname } = useLocation();
  const absolute = (pathOrUrl: string) => `${siteConfig.url}${pathOrUrl}`;
  const glossaryUrl = absolute(useBaseUrl(glossaryPath));
  const dataUrl = absolute(useBaseUrl(dataPath));
  const oembedUrl = absolute(useBaseUrl(oembedPath));
  const jsonLd = definedTermJsonLd({
    name,
    alternateNames: [otherName, ...names],
    description: summary,
    url: absolute(pathname),
    inLanguage: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
    termSet: {
      name: translate({ id: 'termPage.termSetName', message: 'AI 产品经理知识库术语表' }),
      url: glossaryUrl,
    },
  });
  // What the term's preview card (og:image, drawn by the social-cards plugin) says.
  const imageAlt = cardAlt(
    { kind: 'term', name, otherName, abbr: abbr ?? null, summary, category },
    siteConfig.title,
  );
  return (
    <Head>
      <meta property="og:type" content="article" />
      <meta property="og:image:alt" content={imageAlt} />
      <meta name="twitter:image:alt" content={imageAlt} />
      <meta name="twitter:label1" content={translate({ id: 'termPage.category', message: '分类' })} />
      <meta name="twitter:data1" content={category} />
      <meta name="twitter:label2" content={translate({ id: 'termPage.aliases', message: '又称' })} />
      <meta name="twitter:data2" content={[otherName, ...names].join(', ')} />
      <link rel="alternate" type="application/json+oembed" href={oembedUrl} title={title} />
      <link rel="alternate" type="application/json" href={dataUrl} title={title} />
      <link rel="alternate" type="text/markdown" href={absolute(markdownUrl(pathname))} title={title} />
      <script type="application/ld+json">{JSON.stringify(jsonLd)}</script>
    </Head>
  );
}

/**
 * Below a term's definition: its other names, written out so readers and search find them, and buttons that
 * copy the page's address as a named link, the link in the markup of a wiki (Markdown, MediaWiki, Confluence,
 * HTML), or an iframe of the term's embeddable card.
 */
export default function TermPageHeader({
  abbr,
  aliases,
  embedPath,
  ...term
}: TermPageHeaderProps): ReactNode {
  const { title } = term;
  const embedUrl = useBaseUrl(embedPath);
  const names = abbr ? [abbr, ...aliases] : aliases;
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const isBrowser = useIsBrowser();
  const [status, setStatus] = useState('');
  const clearStatus = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(clearStatus.current), []);

  const url = `${siteConfig.url}${pathname}`;
  const link = { title, url };
  /**
   * Copies `plain`, and `html` beside it when given: a rich editor (Lark, Confluence, Notion) pastes the HTML, a
   * plain-text field the text. Through a hidden selection and the copy event, as theme-classic's code blocks do, so it
   * also works where the asynchronous Clipboard API is missing or refused (an embedding wiki's iframe, plain http).
   */
  const copy = (plain: string, done: string, html?: string) => {
    const addHtml = (event: ClipboardEvent) => {
      if (!html || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', plain);
      event.clipboardData.setData('text/html', html);
      event.preventDefault();
    };
    document.addEventListener('copy', addHtml, { capture: true });
    let copied: boolean;
    try {
      copied = copyTextToClipboard(plain);
    } finally {
      document.removeEventListener('copy', addHtml, { capture: true });
    }
    setStatus(
      copied
        ? done
        : translate({ id: 'termPage.copy.failed', message: '无法访问剪贴板，请手动复制地址栏中的链接。' }),
    );
    clearTimeout(clearStatus.current);
    clearStatus.current = setTimeout(() => setStatus(''), 4000);
  };
  const copyFormat = (format: LinkFormat, label: string) =>
    copy(
      formatLink(format, link),
      translate({ id: 'termPage.copy.formatDone', message: '已复制 {format} 链接' }, { format: label }),
    );
  const button = 'button button--sm button--outline button--secondary';

  return (
    <div className={styles.header}>
      <TermHead {...term} abbr={abbr} names={names} />
      {names.length > 0 && (
        <p className={styles.aliases}>
          <span className={styles.aliasesLabel}>
            <Translate id="termPage.aliases">又称</Translate>
          </span>{' '}
          {names.map((name, index) => (
            <span key={name}>
              {index > 0 && <span aria-hidden="true"> · </span>}
              <span className={styles.alias}>{name}</span>
            </span>
          ))}
        </p>
      )}
      <div className={`${styles.actions} search-ignore`}>
        <button
          type="button"
          className={button}
          disabled={!isBrowser}
          onClick={() =>
            copy(url, translate({ id: 'termPage.copy.urlDone', message: '已复制链接' }), htmlLink(link))
          }
        >
          <Translate id="termPage.copy.url">复制链接</Translate>
        </button>
        <button
          type="button"
          className={button}
          disabled={!isBrowser}
          onClick={() =>
            copy(
              formatLink('markdown', link),
              translate({ id: 'termPage.copy.markdownDone', message: '已复制 Markdown 链接' }),
            )
          }
        >
          <Translate id="termPage.copy.markdown">复制 Markdown 链接</Translate>
        </button>
        <details className={styles.more}>
          <summary>
            <Translate id="termPage.copy.more">其他格式</Translate>
          </summary>
          <div className={styles.moreFormats}>
            {otherFormats.map(({ format, label }) => (
              <button
                key={format}
                type="button"
                className={button}
                disabled={!isBrowser}
                onClick={() => copyFormat(format, label)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              className={button}
              disabled={!isBrowser}
              onClick={() =>
                copy(
                  embedSnippet({ title, url: `${siteConfig.url}${embedUrl}` }),
                  translate({ id: 'termPage.copy.embedDone', message: '已复制嵌入代码' }),
                )
              }
            >
              <Translate id="termPage.copy.embed">嵌入（iframe）</Translate>
            </button>
          </div>
        </details>
        <span className={styles.status} role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </div>
  );
}
