// Change: wraps the original. The page's preview card (og:image, named by the Layout) gets the doc's title and
// description as its text alternative, which is what the card shows.
import Head from '@docusaurus/Head';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Metadata from '@theme-original/DocItem/Metadata';
import type { ReactNode } from 'react';

import { cardAlt } from '@site/src/lib/socialCard/card';

export default function MetadataWrapper(): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const alt = cardAlt(
    { kind: 'page', title: metadata.title, description: metadata.description, section: null },
    siteConfig.title,
  );
  return (
    <>
      <Metadata />
      <Head>
        <meta property="og:image:alt" content={alt} />
        <meta name="twitter:image:alt" content={alt} />
      </Head>
    </>
  );
}
