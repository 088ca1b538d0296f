// @docusaurus/plugin-client-redirects writes each redirect as a tiny page: a meta refresh, a canonical link and
// an inline script. A server that knows the pairs answers with a real 301 instead, which link previews in wikis
// and chat apps follow, and which needs no inline script.
const metaRefresh = /<meta\s+http-equiv="refresh"\s+content="0;\s*url=([^"]+)"\s*\/?>/i;
const pageShape =
  /^\s*<!DOCTYPE html>\s*<html>\s*<head>[\s\S]*<\/head>\s*<script>[\s\S]*<\/script>\s*<\/html>\s*$/i;

/**
 * The target of a client-redirect page, or null when the HTML is an ordinary page.
 * @param {string} html
 * @returns {string | null}
 */
export function redirectTargetOf(html) {
  if (!pageShape.test(html)) return null;
  return metaRefresh.exec(html)?.[1] ?? null;
}

/** @typedef {{ from: string, to: string }} Redirect  one redirect from a path of the site to another */

/**
 * The redirects as lines of an nginx `map` block (`"from" "to";`), sorted so builds are reproducible.
 * @param {readonly Redirect[]} redirects
 */
export function nginxRedirectMap(redirects) {
  /** @param {string} value */
  const quote = (value) => {
    if (!/^\/[\w\-./~%]*$/.test(value)) {
      throw new Error(`cannot write ${JSON.stringify(value)} into an nginx map: expected a URL path`);
    }
    return `"${value}"`;
  };
  return [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map(({ from, to }) => `${quote(from)} ${quote(to)};\n`)
    .join('');
}
