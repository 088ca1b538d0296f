import type { GlossaryTerm, Locale } from './model';
import { aliasSlugs } from './names';

/** A redirect from one path of the site to another. */
export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * Every alias URL of every term as a redirect to the term's page, with paths relative to a locale's root
 * (`/glossary/convolutional-neural-network` → `/glossary/cnn`): the same pairs hold in every locale.
 */
export function aliasRedirects(
  terms: readonly GlossaryTerm[],
  locales: readonly Locale[],
  route: string,
): Redirect[] {
  return terms.flatMap((term) =>
    aliasSlugs(term, locales).map((alias) => ({ from: `${route}/${alias}`, to: `${route}/${term.id}` })),
  );
}

/**
 * The redirects of every locale as the lines of an nginx `map` block (`"from" "to";`), each locale's paths
 * under its base URL (`/`, `/en/`), sorted so that builds are reproducible.
 */
export function nginxRedirectMap(redirects: readonly Redirect[], localeBaseUrls: readonly string[]): string {
  const quote = (value: string) => {
    if (!/^\/[\w\-./~%]*$/.test(value)) {
      throw new Error(`cannot write ${JSON.stringify(value)} into an nginx map: expected a URL path`);
    }
    return `"${value}"`;
  };
  const underBase = (baseUrl: string, pathname: string) => `${baseUrl.replace(/\/$/, '')}${pathname}`;
  return (
    localeBaseUrls
      .flatMap((baseUrl) =>
        redirects.map(({ from, to }) => ({ from: underBase(baseUrl, from), to: underBase(baseUrl, to) })),
      )
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map(({ from, to }) => `${quote(from)} ${quote(to)};\n`)
      // Locales that share a base URL (a single-locale build, or one domain per locale) share their lines.
      .filter((line, index, lines) => line !== lines[index - 1])
      .join('')
  );
}
