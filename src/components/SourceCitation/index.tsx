import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

import { sourceArticle } from '@site/src/lib/sourceArticle';

import styles from './styles.module.css';

/** Props of {@link SourceCitation}. */
export interface SourceCitationProps {
  /** `inline` for a line in a list of sources; `card` for the full record on the about page. */
  readonly layout?: 'inline' | 'card';
}

/** The Chinese title, followed on other locales by our translation of it. */
function ArticleTitle(): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const translated = sourceArticle.titleTranslations[currentLocale];
  return (
    <>
      <cite lang="zh-Hans">《{sourceArticle.title}》</cite>
      {translated && (
        <>
          {' '}
          (<Translate id="sourceCitation.ourTranslation">我们的译名</Translate>: <i>{translated}</i>)
        </>
      )}
    </>
  );
}
const originalLink = (
  <a href={sourceArticle.url} hrefLang="zh-Hans">
    <Translate id="sourceCitation.link">原文</Translate>
  </a>
);

/** The citation of the source article, in the reader's language. */
export default function SourceCitation({ layout = 'inline' }: SourceCitationProps): ReactNode {
  if (layout === 'inline') {
    return (
      <span className={styles.inline}>
        <Translate
          id="sourceCitation.inline"
          description="One line citing the source article; keep the placeholders"
          values={{
            author: <span lang="zh-Hans">{sourceArticle.author}</span>,
            title: <ArticleTitle />,
            publication: (
              <>
                <span lang="zh-Hans">{sourceArticle.publication}</span> ({sourceArticle.publicationDomain})
              </>
            ),
            date: <time dateTime={sourceArticle.published}>{sourceArticle.published}</time>,
            link: originalLink,
          }}
        >
          {'{author}：{title}，{publication}，{date}，{link}'}
        </Translate>
      </span>
    );
  }
  return (
    <dl className={styles.card}>
      <dt>
        <Translate id="sourceCitation.title">标题</Translate>
      </dt>
      <dd>
        <ArticleTitle />
      </dd>
      <dt>
        <Translate id="sourceCitation.author">作者</Translate>
      </dt>
      <dd>
        <a href={sourceArticle.authorUrl} lang="zh-Hans">
          {sourceArticle.author}
        </a>
      </dd>
      <dt>
        <Translate id="sourceCitation.publication">发表于</Translate>
      </dt>
      <dd>
        <span lang="zh-Hans">{sourceArticle.publication}</span> ({sourceArticle.publicationDomain})
      </dd>
      <dt>
        <Translate id="sourceCitation.date">日期</Translate>
      </dt>
      <dd>
        <time dateTime={sourceArticle.published}>{sourceArticle.published}</time>
      </dd>
      <dt>
        <Translate id="sourceCitation.url">链接</Translate>
      </dt>
      <dd>
        <a href={sourceArticle.url} hrefLang="zh-Hans">
          {sourceArticle.url}
        </a>
      </dd>
    </dl>
  );
}
