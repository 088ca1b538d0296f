import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

import { socialCardPath, socialCardSize } from '@site/src/lib/socialCard/card';

import styles from './styles.module.css';

export interface PreviewCardProps {
  /** The page whose card to show, from the locale's root (`/glossary/recall`). */
  readonly page: string;
  /** What the card says, for readers who do not see it. */
  readonly alt: string;
}

/**
 * A page's preview card as the build drew it (the social-cards plugin), shown at half size: what a tool that
 * unfurls the page's link shows. Only in a production build: `npm start` draws no cards.
 */
export default function PreviewCard({ page, alt }: PreviewCardProps): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const src = socialCardPath(useBaseUrl(page), siteConfig.baseUrl);
  return (
    <img
      className={styles.card}
      src={src}
      width={socialCardSize.width / 2}
      height={socialCardSize.height / 2}
      alt={alt}
      loading="lazy"
    />
  );
}
