import { i18n } from '../../docusaurus.config';

/** The page paths listed in a sitemap.xml, without the configured site origin. */
function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** Every page path of every locale of the site's i18n config, read from the built sitemaps on the running server. */
export async function allSitePaths(origin: string): Promise<string[]> {
  const paths: string[] = [];
  for (const locale of i18n.locales) {
    const sitemap = locale === i18n.defaultLocale ? '/sitemap.xml' : `/${locale}/sitemap.xml`;
    const response = await fetch(`${origin}${sitemap}`);
    if (!response.ok) throw new Error(`${sitemap}: HTTP ${response.status}`);
    paths.push(...sitemapPaths(await response.text()));
  }
  return paths;
}
