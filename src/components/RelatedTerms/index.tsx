import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';

import { glossaryRoute } from '@site/src/lib/glossary';
import type { TermSummary } from '@site/src/lib/glossaryIndex';

import styles from './styles.module.css';

/** Props of {@link RelatedTerms}; `termsJson` is filled in at build time by the glossary's remark plugin. */
export interface RelatedTermsProps {
  readonly termsJson?: string;
}

/** The terms a term page points to, each a link with its one-line summary. */
export default function RelatedTerms({ termsJson = '[]' }: RelatedTermsProps): ReactNode {
  const terms: TermSummary[] = JSON.parse(termsJson);
  return (
    <ul className={styles.list}>
      {terms.map((term) => (
        <li key={term.id}>
          <Link to={`${glossaryRoute}/${term.id}`}>{term.title}</Link>
          <span className={styles.summary}>{term.summary}</span>
        </li>
      ))}
    </ul>
  );
}
