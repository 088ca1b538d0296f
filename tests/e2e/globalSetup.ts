import { existsSync } from 'node:fs';
import path from 'node:path';

import { findBrowser } from './browser';
import { startNginx } from '../../scripts/nginxServer.mjs';

const buildDir = path.resolve(__dirname, '../../build');

/**
 * Serves the production build once for all e2e files with nginx and deploy/nginx (the server that is deployed),
 * after checking that a build, a browser and nginx exist.
 */
export default async function setup(): Promise<() => Promise<void>> {
  for (const entry of ['index.html', 'sitemap.xml', 'en/index.html', 'en/sitemap.xml']) {
    if (!existsSync(path.join(buildDir, entry))) {
      throw new Error(`build/${entry} is missing: run \`npm run build\` first (npm test does it for you).`);
    }
  }
  findBrowser();
  const server = await startNginx(buildDir);
  process.env.E2E_ORIGIN = server.origin;
  return server.close;
}
