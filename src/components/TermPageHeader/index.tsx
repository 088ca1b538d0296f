import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import copyTextToClipboard from 'copy-text-to-clipboard';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import styles from './styles.module.css';

/** Props of {@link TermPageHeader}, filled in at build time by the glossary's remark plugin. */
export interface TermPageHeaderProps {
  readonly title: string;
  readonly abbr?: string;
  /** Synonyms in every language. */
  readonly aliases: readonly string[];
}

/**
 * Below a term's definition: its other names, written out so readers and search find them, and buttons that
 * copy the page's address or a ready Markdown link for a wiki.
 */
export default function TermPageHeader({ title, abbr, aliases }: TermPageHeaderProps): ReactNode {
  const names = abbr ? [abbr, ...aliases] : aliases;
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const isBrowser = useIsBrowser();
  const [status, setStatus] = useState('');
  const clearStatus = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(clearStatus.current), []);

  const url = `${siteConfig.url}${pathname}`;
  const copy = (text: string, done: string) => {
    // Copies through a hidden selection, as theme-classic's code blocks do, so it also works where the Clipboard
    // API is missing or refused (an embedding wiki's iframe, plain http).
    const copied = copyTextToClipboard(text);
    setStatus(
      copied
        ? done
        : translate({ id: 'termPage.copy.failed', message: '无法访问剪贴板，请手动复制地址栏中的链接。' }),
    );
    clearTimeout(clearStatus.current);
    clearStatus.current = setTimeout(() => setStatus(''), 4000);
  };

  return (
    <div className={styles.header}>
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
          className="button button--sm button--outline button--secondary"
          disabled={!isBrowser}
          onClick={() => copy(url, translate({ id: 'termPage.copy.urlDone', message: '已复制链接' }))}
        >
          <Translate id="termPage.copy.url">复制链接</Translate>
        </button>
        <button
          type="button"
          className="button button--sm button--outline button--secondary"
          disabled={!isBrowser}
          onClick={() =>
            copy(
              `[${title}](${url})`,
              translate({ id: 'termPage.copy.markdownDone', message: '已复制 Markdown 链接' }),
            )
          }
        >
          <Translate id="termPage.copy.markdown">复制 Markdown 链接</Translate>
        </button>
        <span className={styles.status} role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </div>
  );
}
