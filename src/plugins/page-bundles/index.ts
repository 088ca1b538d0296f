import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Plugin } from '@docusaurus/types';
import { escapeRegexp } from '@docusaurus/utils';

import { bundleListId } from '../../config/ssrTemplate';
import { chunkNamesIn, matchedRouteKeys, withRouteChunks, type ChunkTree } from '../../lib/routeChunks';
import { readRoutes } from './readRoutes';

/** The plugin's name, as Docusaurus reports it. */
export const PluginName = 'page-bundles';

/** The page template's list of bundles (src/config/ssrTemplate.ts), quoted or not by the HTML minifier. */
const bundleList = new RegExp(
  `(<script[^>]*\\bid="?${escapeRegexp(bundleListId)}"?[^>]*>)([^<]*)(</script>)`,
);

/** The JavaScript files of each named chunk group of the client build (a route chunk is one, by its name). */
type ChunkGroupFiles = Map<string, string[]>;

/** The part of the bundler's compiler this plugin taps (the same in webpack and Rspack). */
interface CompilerLike {
  readonly hooks: {
    readonly emit: {
      tap(
        name: string,
        run: (compilation: { getStats(): { toJson(options: object): StatsLike } }) => void,
      ): void;
    };
  };
}
interface StatsLike {
  readonly namedChunkGroups?: Record<string, { readonly assets?: readonly { readonly name: string }[] }>;
}

/** The HTML file Docusaurus wrote for a route path (trailingSlash false or true, or a path ending in .html). */
async function readPage(
  outDir: string,
  relative: string,
): Promise<{ file: string; html: string } | undefined> {
  const candidates = relative.endsWith('.html')
    ? [relative]
    : [`${relative.replace(/\/$/, '')}.html`, path.join(relative, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(outDir, candidate);
    try {
      return { file, html: await readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

/**
 * Lists each page's route chunks in its HTML, after the runtime and before the main bundle.
 *
 * Docusaurus' page template lists only the entry bundles (runtime and main); the chunks of the page's own route
 * (its component, its content, the docs layout) are requested by the main bundle as it starts, before it can
 * hydrate: one more round trip, and on a phone about 100 ms of the main bundle's longest task spent creating those
 * script elements (README, "Where a page's main thread goes"). Listed in the page, they are fetched with the main
 * bundle and run before it, so the main bundle finds them loaded. The chunks are what Docusaurus' client preloads
 * for the page: the routes `matchRoutes` finds in `.docusaurus/routes.js`, their chunk names in
 * `routesChunkNames.json`, and the files of those chunk groups in the client build.
 */
export default function pluginPageBundles(): Plugin {
  let chunkGroupFiles: ChunkGroupFiles | undefined;
  return {
    name: PluginName,
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const plugin = {
        apply(compiler: CompilerLike) {
          compiler.hooks.emit.tap(PluginName, (compilation) => {
            const { namedChunkGroups = {} } = compilation
              .getStats()
              .toJson({ all: false, chunkGroups: true });
            chunkGroupFiles = new Map(
              Object.entries(namedChunkGroups).map(([name, group]) => [
                name,
                (group.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith('.js')),
              ]),
            );
          });
        },
      };
      return { plugins: [plugin] } as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },
    async postBuild({ outDir, baseUrl, routesPaths, generatedFilesDir }) {
      if (!chunkGroupFiles)
        throw new Error(
          `${PluginName}: the client build reported no chunk groups (its emit hook did not run)`,
        );
      const routesFile = path.join(generatedFilesDir, 'routes.js');
      const chunkNamesFile = path.join(generatedFilesDir, 'routesChunkNames.json');
      const routes = readRoutes(await readFile(routesFile, 'utf8'), path.relative(process.cwd(), routesFile));
      const chunkNames = JSON.parse(await readFile(chunkNamesFile, 'utf8')) as Record<string, ChunkTree>;

      const missing: string[] = [];
      let written = 0;
      for (const routePath of routesPaths) {
        if (!routePath.startsWith(baseUrl)) continue;
        const keys = matchedRouteKeys(routes, routePath);
        if (!keys) continue;
        const page = await readPage(outDir, routePath.slice(baseUrl.length));
        if (!page) continue;
        const chunkFiles: string[] = [];
        for (const key of keys) {
          for (const name of chunkNamesIn(chunkNames[key] ?? [])) {
            const files = chunkGroupFiles.get(name);
            if (files) chunkFiles.push(...files.map((file) => `${baseUrl}${file}`));
            else missing.push(`${routePath}: chunk "${name}" of route "${key}"`);
          }
        }
        const match = bundleList.exec(page.html);
        if (!match) throw new Error(`${page.file}: no bundle list (script#${bundleListId}) to add chunks to`);
        const bundles = withRouteChunks(JSON.parse(match[2] ?? '[]') as string[], chunkFiles);
        // Other plugins' postBuild may read the page meanwhile: replace it whole, never leave it half written.
        const temporary = `${page.file}.${process.pid}.tmp`;
        await writeFile(
          temporary,
          page.html.replace(
            bundleList,
            (_all, open: string, _list, close: string) => `${open}${JSON.stringify(bundles)}${close}`,
          ),
        );
        await rename(temporary, page.file);
        written += 1;
      }
      if (missing.length > 0)
        throw new Error(
          `${PluginName}: chunks that are in routesChunkNames.json but not in the client build:\n${missing.slice(0, 20).join('\n')}`,
        );
      if (written === 0)
        throw new Error(`${PluginName}: no page of ${routesPaths.length} routes was given its chunks`);
    },
  };
}
