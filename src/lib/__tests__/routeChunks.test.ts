import { describe, expect, it } from 'vitest';

import { chunkNamesIn, matchedRouteKeys, withRouteChunks, type RouteEntry } from '../routeChunks';

// The shape Docusaurus generates (.docusaurus/routes.js) for an English locale whose docs are served from its root:
// the blog and the home page first, then the docs root, its version and its sidebar layout around the pages, and
// the catch-all 404 route, which has no chunks of its own.
const routes: RouteEntry[] = [
  { path: '/en/blog', key: '/en/blog-c21', exact: true },
  { path: '/en/', key: '/en/-6c2', exact: true },
  {
    path: '/en/',
    key: '/en/-717',
    exact: false,
    routes: [
      {
        path: '/en/',
        key: '/en/-671',
        exact: false,
        routes: [
          {
            path: '/en/',
            key: '/en/-e2a',
            exact: false,
            routes: [
              { path: '/en/glossary/cnn', key: '/en/glossary/cnn-1ab', exact: true },
              { path: '/en/glossary', key: '/en/glossary-2bc', exact: true },
            ],
          },
        ],
      },
    ],
  },
  { path: '*', exact: false },
];
const docsLayout = ['/en/-717', '/en/-671', '/en/-e2a'];

describe('matchedRouteKeys', () => {
  it('gives the home page its own route, not the docs layout that shares its path', () => {
    expect(matchedRouteKeys(routes, '/en/')).toEqual(['/en/-6c2']);
  });

  it('gives a doc the docs layout routes, outermost first, then its own', () => {
    expect(matchedRouteKeys(routes, '/en/glossary/cnn')).toEqual([...docsLayout, '/en/glossary/cnn-1ab']);
    expect(matchedRouteKeys(routes, '/en/glossary')).toEqual([...docsLayout, '/en/glossary-2bc']);
  });

  it('matches as react-router does: a trailing slash and letter case do not matter', () => {
    expect(matchedRouteKeys(routes, '/en/glossary/cnn/')).toEqual([...docsLayout, '/en/glossary/cnn-1ab']);
    expect(matchedRouteKeys(routes, '/EN/Glossary/CNN')).toEqual([...docsLayout, '/en/glossary/cnn-1ab']);
  });

  it('does not take a path for a prefix of a longer segment', () => {
    expect(matchedRouteKeys(routes, '/en/blogs')).toEqual(docsLayout);
  });

  it('gives up (the page keeps its list) on the 404 route, which has no key, and on a route that is a pattern', () => {
    expect(matchedRouteKeys(routes, '/de/')).toBeUndefined();
    const withPattern: RouteEntry[] = [{ path: '/tags/:tag', key: '/tags/:tag-9f1', exact: true }, ...routes];
    expect(matchedRouteKeys(withPattern, '/en/glossary/cnn')).toBeUndefined();
  });

  it('reads "/" as a layout around every page', () => {
    const rootLayout: RouteEntry[] = [
      { path: '/', key: '/-aaa', exact: false, routes: [{ path: '/intro', key: '/intro-bbb', exact: true }] },
    ];
    expect(matchedRouteKeys(rootLayout, '/intro')).toEqual(['/-aaa', '/intro-bbb']);
    expect(matchedRouteKeys(rootLayout, '/')).toEqual(['/-aaa']);
  });
});

describe('chunkNamesIn', () => {
  it('lists the chunk names of a routesChunkNames entry in order, nested props included', () => {
    expect(
      chunkNamesIn({
        __comp: '17896441',
        __context: { plugin: 'aba21aa0' },
        content: '0076d1fd',
        items: ['a', 'b'],
      }),
    ).toEqual(['17896441', 'aba21aa0', '0076d1fd', 'a', 'b']);
  });
});

describe('withRouteChunks', () => {
  const bundles = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'];

  it('puts the chunks after the runtime and before the main bundle, each once', () => {
    expect(withRouteChunks(bundles, ['/assets/js/a.js', '/assets/js/373.b.js', '/assets/js/a.js'])).toEqual([
      '/assets/js/runtime~main.1.js',
      '/assets/js/a.js',
      '/assets/js/373.b.js',
      '/assets/js/main.2.js',
    ]);
  });

  it('adds nothing the list already has', () => {
    expect(withRouteChunks(bundles, ['/assets/js/main.2.js'])).toEqual(bundles);
    expect(withRouteChunks(bundles, [])).toEqual(bundles);
  });

  it('fails, naming the list, when it has no main bundle', () => {
    expect(() => withRouteChunks(['/assets/js/runtime~main.1.js'], ['/assets/js/a.js'])).toThrow(
      'no main bundle (main.<hash>.js) in the page\'s bundle list ["/assets/js/runtime~main.1.js"]',
    );
  });
});
