import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import { useEffect, useId, useState, type ReactNode } from 'react';

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
  readonly terms: readonly TermIndexItem[];
  /** The glossary's categories in its order, named in the reader's language. */
  readonly categories: readonly CategoryLabel[];
}

const queryParameter = 'q';

/** schema.org `DefinedTermSet` of the glossary page: every term with its page and summary. */
function TermSetJsonLd({ items }: { readonly items: readonly TermIndexItem[] }): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { withBaseUrl } = useBaseUrlUtils();
  const { pathname } = useLocation();
  const jsonLd = definedTermSetJsonLd({
    name: translate({ id: 'termPage.termSetName', message: 'AI 产品经理知识库术语表' }),
    url: `${siteConfig.url}${pathname}`,
    inLanguage: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
    terms: items.map((item) => ({
      name: item.name,
      url: `${siteConfig.url}${withBaseUrl(item.to)}`,
      description: item.summary,
    })),
  });
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify(jsonLd)}</script>
    </Head>
  );
}

/**
 * Every term, grouped by category, with its names in both languages and its summary. A filter box narrows the
 * list as the reader types (names, abbreviations, aliases and summaries of both languages); without JavaScript
 * the page is the full list.
 */
export default function GlossaryIndex({ terms: items, categories }: GlossaryIndexProps): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const isBrowser = useIsBrowser();
  const inputId = useId();
  const [query, setQuery] = useState('');

  // A filtered list can be shared: ?q= is read on arrival and kept up to date while typing. It is read after
  // hydration, not during render, so the server's markup (the full list) and the first client render agree.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing once from the URL, an external system
    setQuery(
      new URLSearchParams(window.location.search).get(queryParameter)?.slice(0, maxFilterQueryLength) ?? '',
    );
  }, []);
  const updateQuery = (value: string) => {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(queryParameter, value);
    else url.searchParams.delete(queryParameter);
    window.history.replaceState(window.history.state, '', url);
  };

  const words = queryWords(query);
  const matching = items.filter((item) => termMatches(item, words));
  const groups = groupByCategory(matching, categories, currentLocale);

  return (
    <div className={styles.index}>
      <TermSetJsonLd items={items} />
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
          onChange={(event) => updateQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <p className={styles.count} role="status" aria-live="polite">
          {words.length === 0 ? (
            <Translate id="glossary.filter.countAll" values={{ total: items.length }}>
              {'共 {total} 个术语'}
            </Translate>
          ) : (
            <Translate id="glossary.filter.count" values={{ shown: matching.length, total: items.length }}>
              {'{shown} / {total} 个术语符合'}
            </Translate>
          )}
        </p>
      </div>
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
      {groups.map(({ category, items: groupItems }) => (
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
