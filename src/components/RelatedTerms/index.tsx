import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';

import type { TermSummary } from '@site/src/lib/glossary/componentData';

import styles from './styles.module.css';

/** Props of {@link RelatedTerms}, filled in at build time by the glossary's remark plugin. */
export interface RelatedTermsProps {
  readonly terms: readonly TermSummary[];
}

/** The terms a term page points to, each a link with its one-line summary. */
export default function RelatedTerms({ terms }: RelatedTermsProps): ReactNode {
  return (
    <ul className={styles.list}>
      {terms.map((term) => (
        <li key={term.id}>
          <Link to={term.to}>{term.title}</Link>
          <span className={styles.summary}>{term.summary}</span>
        </li>
      ))}
    </ul>
  );
}
