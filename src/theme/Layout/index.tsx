// Change: wraps the original Layout. Open Graph's locale tags are written in OGP's `language_TERRITORY` form
// (Docusaurus writes `zh_Hans`); and on the search plugin's results page, which has no main landmark, the content
// is wrapped in <main>. Every other page is rendered as the original renders it.
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useRouteContext from '@docusaurus/useRouteContext';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { ComponentProps, ReactNode } from 'react';

import { ogLocale } from '@site/src/lib/openGraph';

type Props = ComponentProps<typeof LayoutType>;

/** Routes whose page component renders no <main> of its own. */
const pluginsWithoutMain = new Set(['@easyops-cn/docusaurus-search-local']);

/** `og:locale` and one `og:locale:alternate` per other locale, replacing the tags Docusaurus writes. */
function OpenGraphLocales(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang = (locale: string) => ogLocale(i18n.localeConfigs[locale]?.htmlLang ?? locale);
  return (
    <Head>
      <meta property="og:locale" content={lang(i18n.currentLocale)} />
      {i18n.locales
        .filter((locale) => locale !== i18n.currentLocale)
        .map((locale) => (
          <meta key={locale} property="og:locale:alternate" content={lang(locale)} />
        ))}
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
      <OpenGraphLocales />
      {pluginsWithoutMain.has(plugin.name) ? <main>{children}</main> : children}
    </Layout>
  );
}
