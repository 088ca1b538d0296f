// A small static server for a Docusaurus build, used by the browser tests and the screenshot script.
// It resolves paths the way static hosts do for `trailingSlash: false` builds and answers 404 with the locale's page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a request path maps to: the path itself, `path.html`, or `path/index.html`; null when none exists.
 * @param {string} buildDir absolute path of the build
 * @param {string} urlPath the request's pathname
 * @returns {string | null}
 */
export function resolveBuildFile(buildDir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.normalize(path.join(buildDir, decoded));
  if (candidate !== buildDir && !candidate.startsWith(buildDir + path.sep)) return null;
  for (const file of [candidate, `${candidate}.html`, path.join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Serves a build on 127.0.0.1 (a free port) until `close()` is called.
 * @param {string} buildDir
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startStaticServer(buildDir) {
  const root = path.resolve(buildDir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveBuildFile(root, pathname);
    if (file) {
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
      return;
    }
    const notFound = pathname.startsWith('/en/')
      ? path.join(root, 'en/404.html')
      : path.join(root, '404.html');
    response.writeHead(404, { 'content-type': contentTypes['.html'] });
    createReadStream(notFound).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
