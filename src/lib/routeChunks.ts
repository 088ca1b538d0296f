/**
 * Which code chunks a page needs, from Docusaurus' generated route table, and where they go in a page's bundle
 * list. No DOM, no Node: `src/plugins/page-bundles` reads the build's files and writes the pages, the client module
 * `src/clientModules/routePrefetch.ts` prefetches with the same chunk names.
 */

/** A chunk-name tree of `@generated/routesChunkNames`: chunk names at the leaves. */
export type ChunkTree = string | { readonly [key: string]: ChunkTree } | readonly ChunkTree[];

/** The chunk names in a chunk-name tree, in order. */
export function chunkNamesIn(tree: ChunkTree, into: string[] = []): string[] {
  if (typeof tree === 'string') into.push(tree);
  else for (const value of Object.values(tree)) chunkNamesIn(value, into);
  return into;
}

/**
 * A route of Docusaurus' generated route table (`.docusaurus/routes.js`), as this module reads it: `key` is the
 * route's key in `routesChunkNames` (its path, a dash and a hash), absent for the catch-all 404 route.
 */
export interface RouteEntry {
  readonly path: string;
  readonly key?: string;
  readonly exact: boolean;
  readonly routes?: readonly RouteEntry[];
}

/** Characters with a meaning in a react-router path pattern: a route holding one is not a literal path. */
const patternCharacters = /[:*?+()[\]]/;

const withoutTrailingSlash = (pathname: string): string =>
  pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;

/**
 * Whether react-router (v5's `matchPath`, as Docusaurus configures it: not strict, not case-sensitive) matches
 * `pathname` to a route with a literal path; `undefined` for a path that is a pattern, which this does not read.
 */
function matchesLiteral(route: RouteEntry, pathname: string): boolean | undefined {
  if (patternCharacters.test(route.path)) return undefined;
  const routePath = withoutTrailingSlash(route.path).toLowerCase();
  const page = withoutTrailingSlash(pathname).toLowerCase();
  if (page === routePath) return true;
  if (route.exact) return false;
  return routePath === '/' || page.startsWith(`${routePath}/`);
}

/**
 * The routes react-router-config's `matchRoutes` returns, outermost first: at each level the first route that
 * `matches`, then its children. `undefined` as soon as `matches` cannot tell (returns `undefined`) for a route that
 * would be tried.
 */
export function matchedRoutes<Route extends { readonly routes?: readonly Route[] }>(
  routes: readonly Route[],
  matches: (route: Route) => boolean | undefined,
): Route[] | undefined {
  const chain: Route[] = [];
  let level: readonly Route[] | undefined = routes;
  while (level) {
    let matched: Route | undefined;
    for (const route of level) {
      const result = matches(route);
      if (result === undefined) return undefined;
      if (result) {
        matched = route;
        break;
      }
    }
    if (!matched) break;
    chain.push(matched);
    level = matched.routes;
  }
  return chain;
}

/**
 * The keys of the routes react-router-config's `matchRoutes` returns for `pathname` (what Docusaurus' client
 * preloads before it hydrates a page), outermost first. `undefined` when a route that would be tried first is a
 * pattern, or when the page matches no route with chunks: the page then keeps the bundle list Docusaurus gave it.
 */
export function matchedRouteKeys(routes: readonly RouteEntry[], pathname: string): string[] | undefined {
  const chain = matchedRoutes(routes, (route) => matchesLiteral(route, pathname));
  const keys = chain?.map((route) => route.key);
  if (!keys || keys.length === 0 || keys.includes(undefined)) return undefined;
  return keys as string[];
}

/** A bundle of the page template's list that is the main entry (`main.<hash>.js`). */
const mainBundle = /(?:^|\/)main\.[^/]*\.js$/;

/**
 * A page's bundle list with the files of its route chunks placed after the runtime and before the main entry, each
 * once. The page's loader runs the list in order: the chunks register their modules first, so when the main entry
 * asks for them before hydrating, they are there, instead of being requested only then.
 */
export function withRouteChunks(bundles: readonly string[], chunkFiles: readonly string[]): string[] {
  const main = bundles.findIndex((bundle) => mainBundle.test(bundle));
  if (main === -1)
    throw new Error(`no main bundle (main.<hash>.js) in the page's bundle list ${JSON.stringify(bundles)}`);
  const extra = [...new Set(chunkFiles)].filter((file) => !bundles.includes(file));
  return [...bundles.slice(0, main), ...extra, ...bundles.slice(main)];
}
