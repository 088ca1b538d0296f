import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';

import { strictMarkdownPlugins, strictBuildOptions } from '../../../src/config/strictBuild';

/** A one-locale docs-only site with the real site's strict build rules, for tests that expect a failed build. */
export function fixtureConfig(title: string): Config {
  return {
    title,
    url: 'http://127.0.0.1',
    baseUrl: '/',
    future: { v4: true, faster: true },
    ...strictBuildOptions,
    presets: [
      [
        'classic',
        {
          docs: { routeBasePath: '/', sidebarPath: false, ...strictMarkdownPlugins },
          blog: false,
          pages: false,
        } satisfies Preset.Options,
      ],
    ],
  };
}
