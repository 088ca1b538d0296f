import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

import { embedFrameHeight } from '@site/src/lib/glossary/linkFormats';

import styles from './styles.module.css';

/** Props of {@link TermEmbed}: the author writes `id`, the glossary's remark plugin fills in the rest. */
export interface TermEmbedProps {
  readonly id: string;
  /** The term page's title, in the page's language: the frame's accessible name. */
  readonly title: string;
  /** The term's embeddable card, below the locale's root (`/embed/glossary/<slug>`). */
  readonly embedPath: string;
}

/** A term's embeddable card, framed as a wiki frames it (`<TermEmbed id="recall" />`). */
export default function TermEmbed({ title, embedPath }: TermEmbedProps): ReactNode {
  return (
    <iframe
      className={styles.frame}
      src={useBaseUrl(embedPath)}
      title={title}
      height={embedFrameHeight}
      loading="lazy"
    />
  );
}
