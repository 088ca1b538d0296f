import vm from 'node:vm';

import type { RouteEntry } from '../../lib/routeChunks';

/** A route object of the generated file, as evaluated with the stand-in `ComponentCreator` below. */
interface GeneratedRoute {
  readonly path?: unknown;
  readonly component?: { readonly key?: string };
  readonly exact?: unknown;
  readonly routes?: unknown;
}

function toEntry(route: GeneratedRoute, file: string, where: string): RouteEntry {
  if (typeof route.path !== 'string') throw new Error(`${file}: ${where} has no string "path"`);
  if (route.routes !== undefined && !Array.isArray(route.routes))
    throw new Error(`${file}: ${where} ("${route.path}") has a "routes" that is not an array`);
  return {
    path: route.path,
    key: route.component?.key,
    exact: route.exact === true,
    routes: (route.routes as GeneratedRoute[] | undefined)?.map((child, index) =>
      toEntry(child, file, `${where}.routes[${index}]`),
    ),
  };
}

/**
 * Docusaurus' generated route table (`.docusaurus/routes.js`: `export default [{path, component:
 * ComponentCreator(path, hash), exact, routes}, …]`) as data. The module is evaluated with its two imports
 * replaced: `ComponentCreator(path, hash)` gives the route's key in `routesChunkNames`, `${path}-${hash}`, as
 * Docusaurus' own `ComponentCreator` looks it up.
 */
export function readRoutes(source: string, file: string): RouteEntry[] {
  const imports = /^import \w+ from '(?:react|@docusaurus\/ComponentCreator)';$/gm;
  if (!/^export default \[/m.test(source))
    throw new Error(`${file}: expected Docusaurus' generated route table ("export default [")`);
  const script = source.replace(imports, '').replace(/^export default \[/m, 'routes = [');
  const context: { routes?: unknown; ComponentCreator: (path: string, hash?: string) => { key?: string } } = {
    ComponentCreator: (path, hash) => ({ key: hash === undefined ? undefined : `${path}-${hash}` }),
  };
  try {
    vm.runInNewContext(script, context, { filename: file, timeout: 5000 });
  } catch (error) {
    throw new Error(`${file}: could not read Docusaurus' generated route table`, { cause: error });
  }
  if (!Array.isArray(context.routes)) throw new Error(`${file}: the route table is not an array`);
  return (context.routes as GeneratedRoute[]).map((route, index) => toEntry(route, file, `routes[${index}]`));
}
