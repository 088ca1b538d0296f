import { describe, expect, it } from 'vitest';

import { readRoutes } from '../readRoutes';

// What Docusaurus 3 generates in .docusaurus/routes.js (abridged).
const generated = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/en/',
    component: ComponentCreator('/en/', '6c2'),
    exact: true
  },
  {
    path: '/en/',
    component: ComponentCreator('/en/', '717'),
    routes: [
      {
        path: '/en/glossary/cnn',
        component: ComponentCreator('/en/glossary/cnn', '1ab'),
        exact: true,
        sidebar: "handbook"
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

describe('readRoutes', () => {
  it('reads the route table with each route’s key in routesChunkNames', () => {
    expect(readRoutes(generated, '.docusaurus/routes.js')).toEqual([
      { path: '/en/', key: '/en/-6c2', exact: true, routes: undefined },
      {
        path: '/en/',
        key: '/en/-717',
        exact: false,
        routes: [{ path: '/en/glossary/cnn', key: '/en/glossary/cnn-1ab', exact: true, routes: undefined }],
      },
      { path: '*', key: undefined, exact: false, routes: undefined },
    ]);
  });

  it('names the file when it is not a route table', () => {
    expect(() => readRoutes('module.exports = {};', '.docusaurus/routes.js')).toThrow(
      `.docusaurus/routes.js: expected Docusaurus' generated route table ("export default [")`,
    );
    expect(() => readRoutes('export default [{ component: null }];', '.docusaurus/routes.js')).toThrow(
      '.docusaurus/routes.js: routes[0] has no string "path"',
    );
  });

  it('names the file, with the cause, when the table does not evaluate', () => {
    const error = (() => {
      try {
        readRoutes('export default [{ path: "/", component: Unknown() }];', '.docusaurus/routes.js');
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toBe(".docusaurus/routes.js: could not read Docusaurus' generated route table");
    expect(String((error?.cause as Error | undefined)?.message)).toMatch(/Unknown is not defined/);
  });
});
