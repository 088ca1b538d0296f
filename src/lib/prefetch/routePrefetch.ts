/**
 * Route prefetching that stays off the main thread's critical path.
 *
 * Docusaurus prefetches the code of every internal link that scrolls into view (`window.docusaurus.prefetch`). Its
 * own version does this at once, in the task that reports the links, and adds one `<link rel="prefetch">` per
 * chunk of every route it is given, even when another route already asked for that chunk: a glossary page on a
 * phone got 421 such elements for 26 distinct files, about 300 ms of main thread on a fast CPU (the README's
 * performance section). This module does the same prefetching with the same chunks, but each file once and only in
 * idle time. No DOM or React here: the client module `src/clientModules/routePrefetch.ts` wires it to the page.
 */

import { chunkNamesIn, matchedRoutes, type ChunkTree } from '../routeChunks';

/** What this module needs of a route of `@generated/routes` (react-router-config's shape). */
export interface RouteLike {
  readonly path?: string | string[];
  readonly exact?: boolean;
  readonly strict?: boolean;
  readonly sensitive?: boolean;
  readonly routes?: readonly RouteLike[];
}

/** react-router's `matchPath`: whether `pathname` matches `route`. */
export type MatchPath = (pathname: string, route: RouteLike) => unknown;

/**
 * The paths of the routes react-router-config's `matchRoutes` returns for `pathname`, outermost first: at each
 * level the first route that matches, then its children (a route without a path always matches).
 */
export function matchedRoutePaths(
  routes: readonly RouteLike[],
  pathname: string,
  matchPath: MatchPath,
): string[] {
  const chain = matchedRoutes(
    routes,
    (route) => route.path === undefined || Boolean(matchPath(pathname, route)),
  );
  return (chain ?? []).flatMap((route) => (typeof route.path === 'string' ? [route.path] : []));
}

/**
 * Chunk names by route path, from `@generated/routesChunkNames`, whose keys are a route path plus `-<hash>`:
 * what Docusaurus' prefetch finds by scanning every key for every route, indexed once.
 */
export function chunkNamesByRoutePath(
  routesChunkNames: Readonly<Record<string, ChunkTree>>,
): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const [key, tree] of Object.entries(routesChunkNames)) {
    const routePath = key.replace(/-[^-]+$/, '');
    const names = byPath.get(routePath) ?? [];
    byPath.set(routePath, chunkNamesIn(tree, names));
  }
  return byPath;
}

/** The part of `IdleDeadline` the queue reads. */
export interface Deadline {
  timeRemaining(): number;
}

export interface PrefetchQueueOptions {
  /** The URLs of the files a route needs (its chunks'). */
  readonly filesOf: (routePath: string) => readonly string[];
  /** Starts fetching one file at low priority (a `<link rel="prefetch">`). */
  readonly prefetchFile: (url: string) => void;
  /** Runs `work` when the main thread is idle (`requestIdleCallback`). */
  readonly whenIdle: (work: (deadline: Deadline) => void) => void;
  /** Milliseconds of an idle period left unused, so the work never runs into the next frame. */
  readonly reserveMs?: number;
}

export interface PrefetchQueue {
  /** Queues a route; a route or a file already queued is not queued again. */
  add(routePath: string): void;
}

/**
 * A queue of routes to prefetch, drained in idle periods: routes in the order they were added, each file once, and
 * no more files in one idle period than its deadline allows (at least one, so the queue always moves).
 */
export function createPrefetchQueue({
  filesOf,
  prefetchFile,
  whenIdle,
  reserveMs = 1,
}: PrefetchQueueOptions): PrefetchQueue {
  const seenRoutes = new Set<string>();
  const seenFiles = new Set<string>();
  const pendingRoutes: string[] = [];
  const pendingFiles: string[] = [];
  let scheduled = false;

  /** The next file not fetched yet, looking up the files of queued routes as needed. */
  const nextFile = (): string | undefined => {
    for (;;) {
      const url = pendingFiles.shift();
      if (url !== undefined) {
        if (seenFiles.has(url)) continue;
        seenFiles.add(url);
        return url;
      }
      const routePath = pendingRoutes.shift();
      if (routePath === undefined) return undefined;
      pendingFiles.push(...filesOf(routePath));
    }
  };
  const drain = (deadline: Deadline): void => {
    scheduled = false;
    do {
      const url = nextFile();
      if (url === undefined) return;
      prefetchFile(url);
    } while (deadline.timeRemaining() > reserveMs);
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || (pendingRoutes.length === 0 && pendingFiles.length === 0)) return;
    scheduled = true;
    whenIdle(drain);
  };

  return {
    add(routePath) {
      if (seenRoutes.has(routePath)) return;
      seenRoutes.add(routePath);
      pendingRoutes.push(routePath);
      schedule();
    },
  };
}
