/** The page paths listed in a sitemap.xml, without the configured site origin. */
function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** Every page path of both locales, read from the built sitemaps on the running server. */
export async function allSitePaths(origin: string): Promise<string[]> {
  const paths: string[] = [];
  for (const sitemap of ['/sitemap.xml', '/en/sitemap.xml']) {
    const response = await fetch(`${origin}${sitemap}`);
    if (!response.ok) throw new Error(`${sitemap}: HTTP ${response.status}`);
    paths.push(...sitemapPaths(await response.text()));
  }
  return paths;
}
