import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import serverIndexItems from '@glossary/server-index-items';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import type { CategoryLabel, TermIndexItem } from '@site/src/lib/glossary/componentData';
import { definedTermSetJsonLd } from '@site/src/lib/glossary/termDocument';
import {
  groupByCategory,
  maxFilterQueryLength,
  queryWords,
  termMatches,
} from '@site/src/lib/glossary/termFilter';

import styles from './styles.module.css';

/** Props of {@link GlossaryIndex}, filled in at build time by the glossary's remark plugin. */
export interface GlossaryIndexProps {
  /** How many terms the glossary has. */
  readonly total: number;
  /** The glossary's categories in its order, named in the reader's language. */
  readonly categories: readonly CategoryLabel[];
}

const queryParameter = 'q';

/**
 * schema.org `DefinedTermSet` of the glossary page, every term with its page and summary: rendered on the server,
 * and kept as it is by the browser, which has no rows to write it from (a data block: no script runs).
 */
function TermSetJsonLd(): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { withBaseUrl } = useBaseUrlUtils();
  const { pathname } = useLocation();
  const json = serverIndexItems
    ? JSON.stringify(
        definedTermSetJsonLd({
          name: translate({ id: 'termPage.termSetName', message: 'AI 产品经理知识库术语表' }),
          url: `${siteConfig.url}${pathname}`,
          inLanguage: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
          terms: serverIndexItems.map((item) => ({
            name: item.name,
            url: `${siteConfig.url}${withBaseUrl(item.to)}`,
            description: item.summary,
          })),
        }),
      ).replaceAll('<', '\\u003c')
    : '';
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} suppressHydrationWarning />
  );
}

/** The rows, imported once as a chunk of their own when the filter is first used (or the page has no markup). */
let loadingItems: Promise<readonly TermIndexItem[]> | undefined;
function loadIndexItems(): Promise<readonly TermIndexItem[]> {
  loadingItems ??= import('@glossary/index-items').then(
    (module) => module.default,
    (error: unknown) => {
      loadingItems = undefined; // the next focus tries again
      throw error;
    },
  );
  return loadingItems;
}

/**
 * Every term, grouped by category, with its names in both languages and its summary. A filter box narrows the
 * list as the reader types (names, abbreviations, aliases and summaries of both languages); without JavaScript
 * the page is the full list.
 *
 * The rows are not in the page's JavaScript, which would grow with every term: the server renders them (from the
 * glossary plugin's file), the browser keeps that markup as it hydrates (an element whose HTML React does not
 * manage), and the rows are imported only when the reader filters, or when there is no markup to keep (a page
 * reached by a link inside the site, or `docusaurus start`). From then on React renders the list.
 */
export default function GlossaryIndex({ total, categories }: GlossaryIndexProps): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const isBrowser = useIsBrowser();
  const inputId = useId();
  const [query, setQuery] = useState('');
  // On the server: every row. In the browser: null until imported.
  const [items, setItems] = useState<readonly TermIndexItem[] | null>(serverIndexItems);
  // Whether React renders the rows; if not, the server's markup stays in `kept`.
  const [rendersRows, setRendersRows] = useState(serverIndexItems !== null);
  const [loadFailed, setLoadFailed] = useState(false);
  const kept = useRef<HTMLDivElement>(null);

  const load = () => {
    loadIndexItems().then(
      (loaded) => {
        setLoadFailed(false);
        setItems(loaded);
      },
      () => setLoadFailed(true),
    );
  };

  // A filtered list can be shared: ?q= is read on arrival and kept up to date while typing. It is read after
  // hydration, not during render, so the server's markup (the full list) and the first client render agree.
  useEffect(() => {
    const fromUrl =
      new URLSearchParams(window.location.search).get(queryParameter)?.slice(0, maxFilterQueryLength) ?? '';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing once from the URL, an external system
    setQuery(fromUrl);
    const noMarkup = !kept.current?.hasChildNodes();
    if (noMarkup) setRendersRows(true);
    if (noMarkup || fromUrl) load();
  }, []);
  const updateQuery = (value: string) => {
    setQuery(value);
    if (value && !items) load();
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(queryParameter, value);
    else url.searchParams.delete(queryParameter);
    window.history.replaceState(window.history.state, '', url);
  };

  const words = queryWords(query);
  const matching = items?.filter((item) => termMatches(item, words)) ?? [];
  const showsRows = rendersRows || (items !== null && words.length > 0);
  // Once React renders the rows it keeps doing so: the server's markup is gone.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- remembering a switch that cannot be undone
    if (showsRows) setRendersRows(true);
  }, [showsRows]);

  let rows: ReactNode;
  if (!showsRows) {
    // Kept as the server wrote it; React neither reads nor changes what is inside.
    rows = <div key="kept" ref={kept} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
  } else if (items === null) {
    rows = <div key="rows" />;
  } else {
    rows = (
      <div key="rows">
        {matching.length === 0 && (
          <p className={styles.empty}>
            <Translate
              id="glossary.filter.empty"
              values={{ query: <q>{query.slice(0, maxFilterQueryLength)}</q> }}
            >
              {'没有术语符合 {query}。试试英文名、缩写或更短的词。'}
            </Translate>
          </p>
        )}
        {groupByCategory(matching, categories, currentLocale).map(({ category, items: groupItems }) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <Heading as="h2" id={`category-${category.id}`}>
              {category.label}
            </Heading>
            <ul className={styles.list}>
              {groupItems.map((item) => (
                <li key={item.id} className={styles.item}>
                  <Link to={item.to} className={styles.name}>
                    {item.name}
                  </Link>{' '}
                  <span className={styles.otherName} lang={item.otherLang}>
                    {item.otherName}
                  </span>
                  {/* A space apart, so that the text (read aloud, copied, or in the Markdown version) is not "ModelLLM". */}
                  {item.abbr && (
                    <>
                      {' '}
                      <span className={styles.abbr}>{item.abbr}</span>
                    </>
                  )}
                  <p className={styles.summary}>{item.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }

  return (
    <div className={styles.index}>
      <TermSetJsonLd />
      <div className={styles.filter} role="search">
        <label htmlFor={inputId} className={styles.label}>
          <Translate id="glossary.filter.label">筛选术语</Translate>
        </label>
        <input
          id={inputId}
          type="search"
          className={styles.input}
          value={query}
          maxLength={maxFilterQueryLength}
          disabled={!isBrowser}
          placeholder={translate({
            id: 'glossary.filter.placeholder',
            message: '中文名、英文名、缩写或别名，例如 召回率、recall、TPR',
          })}
          // Fetched as the reader reaches for the box, so the first letter has the rows to filter.
          onFocus={() => items ?? load()}
          onPointerEnter={() => items ?? load()}
          onChange={(event) => updateQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <p className={styles.count} role="status" aria-live="polite">
          {loadFailed ? (
            <Translate id="glossary.filter.failed">
              筛选要用的术语数据没能加载。请检查网络，再输入一次。
            </Translate>
          ) : words.length === 0 || items === null ? (
            <Translate id="glossary.filter.countAll" values={{ total }}>
              {'共 {total} 个术语'}
            </Translate>
          ) : (
            <Translate id="glossary.filter.count" values={{ shown: matching.length, total }}>
              {'{shown} / {total} 个术语符合'}
            </Translate>
          )}
        </p>
      </div>
      {rows}
    </div>
  );
}
