/**
 * Replaces Docusaurus' viewport prefetching (`window.docusaurus.prefetch`, called by `<Link>` for every internal
 * link that scrolls into view) with the same prefetching done in idle time, each file once
 * (`src/lib/prefetch/routePrefetch.ts` says why). Hover and touch preloading (`window.docusaurus.preload`) are
 * Docusaurus' own, unchanged.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { matchPath } from '@docusaurus/router';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';

import {
  chunkNamesByRoutePath,
  createPrefetchQueue,
  matchedRoutePaths,
  type Deadline,
} from '../lib/prefetch/routePrefetch';

// The bundler's runtime: `gca` (added by Docusaurus' ChunkAssetPlugin) gives a chunk's URL, as Docusaurus' own
// prefetch uses it.
declare const __webpack_require__: { gca(chunkName: string): string | undefined };

/** Docusaurus' own rule: no prefetching on a 2G connection or when the reader asked to save data. */
function slowConnection(): boolean {
  const connection = (
    navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }
  ).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

function prefetchFile(url: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  document.head.appendChild(link);
}

/**
 * Milliseconds of work in one idle period at most. An idle period may last 50 ms; a task that long is what a
 * slower phone turns into a long task (Lighthouse multiplies by 4), so a slice stays well under 50 / 4.
 */
const sliceMs = 4;

/** `requestIdleCallback` (a timer where the browser has none: Safari), with a deadline of at most `sliceMs`. */
function whenIdle(work: (deadline: Deadline) => void): void {
  const run = (timeRemaining: () => number) => {
    const started = performance.now();
    work({
      timeRemaining: () => Math.min(timeRemaining(), sliceMs - (performance.now() - started)),
    });
  };
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 10_000 });
  } else {
    setTimeout(() => run(() => sliceMs), 50);
  }
}

let chunkNames: Map<string, string[]> | undefined;

/** The files of a route's chunks, as Docusaurus' prefetch finds them (a chunk merged into another has none). */
function filesOf(routePath: string): string[] {
  const byPath = (chunkNames ??= chunkNamesByRoutePath(routesChunkNames));
  return matchedRoutePaths(routes, routePath, matchPath)
    .flatMap((path) => byPath.get(path) ?? [])
    .map((chunkName) => __webpack_require__.gca(chunkName))
    .filter((url): url is string => url !== undefined && !url.includes('undefined'));
}

const queue = createPrefetchQueue({ filesOf, prefetchFile, whenIdle });

const prefetch: Window['docusaurus']['prefetch'] = (routePath) => {
  if (!slowConnection()) queue.add(routePath);
  return false;
};

/**
 * Installs the idle prefetch. Docusaurus sets `window.docusaurus` after the client modules are evaluated and
 * before the first render, and `<Link>` reads it on each call, so replacing it on the first route update (a
 * layout effect of the first render, before any link can have been seen) covers every link.
 */
export function onRouteDidUpdate(): void {
  if (!ExecutionEnvironment.canUseDOM || window.docusaurus.prefetch === prefetch) return;
  window.docusaurus = Object.freeze({ ...window.docusaurus, prefetch });
}
