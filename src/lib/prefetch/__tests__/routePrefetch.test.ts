import { describe, expect, it } from 'vitest';

import {
  chunkNamesByRoutePath,
  createPrefetchQueue,
  matchedRoutePaths,
  type Deadline,
  type RouteLike,
} from '../routePrefetch';

/** react-router 5's matchPath for plain paths: the path itself, or (not exact) a prefix ending at a segment. */
const matchPath = (pathname: string, { path, exact }: RouteLike) =>
  typeof path === 'string' &&
  (pathname === path || (!exact && pathname.startsWith(path.endsWith('/') ? path : `${path}/`)));

// The shape Docusaurus generates for docs served from the site root: the docs root, its version, the sidebar
// layout, then the pages; other plugins' routes come first.
const routes = [
  { path: '/search', exact: true },
  {
    path: '/',
    routes: [
      {
        path: '/',
        routes: [
          {
            path: '/',
            routes: [
              { path: '/glossary/recall', exact: true },
              { path: '/glossary', exact: true },
            ],
          },
        ],
      },
    ],
  },
];

describe('matchedRoutePaths', () => {
  it('follows the first matching route at each level, as react-router-config does', () => {
    expect(matchedRoutePaths(routes, '/glossary/recall', matchPath)).toEqual([
      '/',
      '/',
      '/',
      '/glossary/recall',
    ]);
    expect(matchedRoutePaths(routes, '/search', matchPath)).toEqual(['/search']);
  });

  it('stops where nothing matches', () => {
    expect(matchedRoutePaths(routes, '/nowhere', matchPath)).toEqual(['/', '/', '/']);
    expect(matchedRoutePaths([{ path: '/a', exact: true }], '/b', matchPath)).toEqual([]);
  });

  it('lets a route without a path match, and gives only string paths', () => {
    expect(matchedRoutePaths([{ routes: [{ path: '/a' }] }], '/a', matchPath)).toEqual(['/a']);
  });
});

describe('chunkNamesByRoutePath', () => {
  it('strips the hash from each key and collects every chunk name of its tree', () => {
    const byPath = chunkNamesByRoutePath({
      '/-5e9': { __comp: '5e95c892', __context: { plugin: 'aba21aa0' } },
      '/-0a1': { __comp: 'a7bd4aaa', __props: '0058b4c6' },
      '/glossary/recall-c1f': { __comp: '17896441', content: 'b6c2f9c1', list: ['x1', { y: 'x2' }] },
      '/a-b-9f0': { __comp: 'c1' },
    });
    expect(byPath.get('/')).toEqual(['5e95c892', 'aba21aa0', 'a7bd4aaa', '0058b4c6']);
    expect(byPath.get('/glossary/recall')).toEqual(['17896441', 'b6c2f9c1', 'x1', 'x2']);
    expect(byPath.get('/a-b')).toEqual(['c1']);
  });
});

describe('createPrefetchQueue', () => {
  const setup = (files: Record<string, string[]>, budgets: number[]) => {
    const fetched: string[] = [];
    const idle: ((deadline: Deadline) => void)[] = [];
    const asked: string[] = [];
    const queue = createPrefetchQueue({
      filesOf: (routePath) => {
        asked.push(routePath);
        return files[routePath] ?? [];
      },
      prefetchFile: (url) => fetched.push(url),
      whenIdle: (work) => idle.push(work),
    });
    /** Runs the next idle callback with a deadline that says yes to the next `budgets` checks. */
    const runIdle = () => {
      const work = idle.shift();
      if (!work) throw new Error('nothing scheduled');
      let left = budgets.shift() ?? 0;
      work({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
    };
    return { queue, fetched, idle, asked, runIdle };
  };

  it('does nothing until the main thread is idle, then fetches each file once', () => {
    const { queue, fetched, idle, runIdle } = setup(
      { '/a': ['main.js', 'a.js'], '/b': ['main.js', 'b.js'] },
      [5],
    );
    queue.add('/a');
    queue.add('/b');
    expect(fetched).toEqual([]);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(fetched).toEqual(['main.js', 'a.js', 'b.js']);
    expect(idle).toHaveLength(0);
  });

  it('asks for a route once, however often it is added', () => {
    const { queue, asked, runIdle } = setup({ '/a': ['a.js'] }, [5, 5]);
    queue.add('/a');
    queue.add('/a');
    runIdle();
    queue.add('/a');
    expect(asked).toEqual(['/a']);
  });

  it('stops when the idle period runs out and goes on in the next one, a file at least each time', () => {
    const { queue, fetched, idle, runIdle } = setup(
      { '/a': ['a1.js', 'a2.js'], '/b': ['a2.js', 'b.js'], '/c': ['c.js'] },
      [0, 1, 5],
    );
    for (const route of ['/a', '/b', '/c']) queue.add(route);
    runIdle();
    expect(fetched).toEqual(['a1.js']);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(fetched).toEqual(['a1.js', 'a2.js', 'b.js']);
    runIdle();
    expect(fetched).toEqual(['a1.js', 'a2.js', 'b.js', 'c.js']);
    expect(idle).toHaveLength(0);
  });
});
