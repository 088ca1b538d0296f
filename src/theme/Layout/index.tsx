// Change: wraps the original Layout. Open Graph's locale tags are written in OGP's `language_TERRITORY` form
// (Docusaurus writes `zh_Hans`); every page names its own preview card (drawn at build time by the social-cards
// plugin) as og:image; and on the search plugin's results page, which has no main landmark, the content is
// wrapped in <main>. Every other page is rendered as the original renders it.
import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useRouteContext from '@docusaurus/useRouteContext';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { ComponentProps, ReactNode } from 'react';

import { ogLocale } from '@site/src/lib/openGraph';
import { cardAlt, socialCardPath, socialCardSize } from '@site/src/lib/socialCard/card';

type Props = ComponentProps<typeof LayoutType>;

/** Routes whose page component renders no <main> of its own. */
const pluginsWithoutMain = new Set(['@easyops-cn/docusaurus-search-local']);

/**
 * `og:locale` and one `og:locale:alternate` per other locale, replacing the tags Docusaurus writes; and the page's
 * preview card in place of the site-wide image, with its size. The card's text alternative is the page's title
 * here; docs and term pages, which know their description, say more (DocItem/Metadata, TermPageHeader).
 */
function OpenGraph({
  title,
  description,
}: {
  readonly title?: string;
  readonly description?: string;
}): ReactNode {
  const { i18n, siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const lang = (locale: string) => ogLocale(i18n.localeConfigs[locale]?.htmlLang ?? locale);
  const card = `${siteConfig.url}${socialCardPath(pathname, siteConfig.baseUrl)}`;
  // The same text alternative the card's own content gets (cardAlt), from what the page passes the Layout.
  const alt = title
    ? cardAlt({ kind: 'page', title, description: description ?? '', section: null }, siteConfig.title)
    : siteConfig.title;
  return (
    <Head>
      <meta property="og:locale" content={lang(i18n.currentLocale)} />
      {i18n.locales
        .filter((locale) => locale !== i18n.currentLocale)
        .map((locale) => (
          <meta key={locale} property="og:locale:alternate" content={lang(locale)} />
        ))}
      <meta property="og:image" content={card} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(socialCardSize.width)} />
      <meta property="og:image:height" content={String(socialCardSize.height)} />
      <meta property="og:image:alt" content={alt} />
      <meta name="twitter:image" content={card} />
      <meta name="twitter:image:alt" content={alt} />
    </Head>
  );
}

/**
 * The search plugin's results page has no main landmark (axe: landmark-one-main, region), so readers of
 * assistive technology cannot jump to the results; its content is wrapped in <main> here. Docs, blog and pages
 * render their own <main> and are left as they are.
 */
export default function LayoutWrapper({ children, ...props }: Props): ReactNode {
  const { plugin } = useRouteContext();
  return (
    <Layout {...props}>
      <OpenGraph title={props.title} description={props.description} />
      {pluginsWithoutMain.has(plugin.name) ? <main>{children}</main> : children}
    </Layout>
  );
}
