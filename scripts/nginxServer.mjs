// Serves a build with Debian's nginx and the very site configuration that is deployed (deploy/nginx), on a free
// port of 127.0.0.1. Used by the browser tests, the bench and the screenshot script, so what they measure is what
// production serves: pre-compressed files, cache and security headers, 301s, 404 pages.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const deployDir = path.join(root, 'deploy/nginx');
const siteConfFile = path.join(deployDir, 'ai-pm-handbook.conf');
const securityHeadersFile = path.join(deployDir, 'security-headers.conf');

// The production paths and port in deploy/nginx/ai-pm-handbook.conf, and what a local run puts in their place.
const productionSiteDir = '/srv/ai-pm-handbook/site';
const productionConfDir = '/etc/nginx/ai-pm-handbook';
const productionListen = () => /^\s*listen\s+(?:\[::\]:)?80;\s*$/gm;

/** The nginx executable: NGINX_PATH, else Debian's, else the first on PATH; throws with install advice. */
export function findNginx() {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    'nginx is not installed: the site is tested with the server it is deployed with (deploy/nginx). ' +
      'Install it with `apt-get install nginx` (Debian/Ubuntu; .ci/run does this) or `brew install nginx`, ' +
      'or set NGINX_PATH to its executable.',
  );
}

/** The mime.types file of the installed nginx (Debian keeps it in /etc/nginx). */
function mimeTypesFile(nginx) {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
  const candidates = [confPath && path.join(path.dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'];
  const found = candidates.find((file) => file && existsSync(file));
  if (!found) throw new Error(`${nginx}: cannot find its mime.types (looked in ${candidates.join(', ')})`);
  return found;
}

/**
 * deploy/nginx/security-headers.conf without its Content-Security-Policy line, every other header kept. Fails if
 * the file has no such line (or more than one), rather than serving a policy after all.
 * @param {string} text the file's contents
 */
export function securityHeadersWithoutCsp(text) {
  const cspLine = /^[ \t]*add_header[ \t]+Content-Security-Policy[ \t][^\n]*;[ \t]*\n/gim;
  const found = text.match(cspLine)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `${path.relative(root, securityHeadersFile)}: expected one \`add_header Content-Security-Policy ...;\` line to leave out, found ${found}`,
    );
  }
  return text.replace(cspLine, '');
}

/**
 * deploy/nginx/ai-pm-handbook.conf with the test's build folder, headers folder and port in place of the
 * production ones. Fails if the file no longer has what is replaced, rather than serving something else.
 * @param {string} buildDir
 * @param {number} port
 * @param {string} [confDir] the folder of the included files (security headers, embed origins): deploy/nginx
 */
export function localSiteConf(buildDir, port, confDir = deployDir) {
  const text = readFileSync(siteConfFile, 'utf8');
  for (const expected of [productionSiteDir, productionConfDir]) {
    if (!text.includes(expected)) {
      throw new Error(
        `${path.relative(root, siteConfFile)}: expected the path ${expected}, which tests replace`,
      );
    }
  }
  if (!productionListen().test(text)) {
    throw new Error(`${path.relative(root, siteConfFile)}: expected \`listen 80;\`, which tests replace`);
  }
  return text
    .replaceAll(productionSiteDir, buildDir)
    .replaceAll(productionConfDir, confDir)
    .replace(productionListen(), '')
    .replace(/^(\s*)server_name\b/m, `$1listen 127.0.0.1:${port};\n$1server_name`);
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilServing(origin, child, logFile) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  throw new Error(`nginx did not start serving ${origin} (exit code ${child.exitCode}):\n${log}`);
}

/**
 * Runs nginx in the foreground with deploy/nginx/ai-pm-handbook.conf serving `buildDir` on 127.0.0.1, until
 * `close()` is called.
 * @param {string} buildDir a Docusaurus build (with the .gz files and .nginx maps the deploy plugin writes)
 * @param {{csp?: boolean}} [options] `csp: false` sends every header of deploy/nginx but the
 *   Content-Security-Policy, whose script hashes are this site's: for another site's build (the bench's stock
 *   Docusaurus site), whose inline scripts it would block
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startNginx(buildDir, { csp = true } = {}) {
  const nginx = findNginx();
  const site = path.resolve(buildDir);
  if (!existsSync(path.join(site, '.nginx'))) {
    throw new Error(`${site} has no .nginx folder: it is not a build of this site (run \`npm run build\`)`);
  }
  const workDir = mkdtempSync(path.join(tmpdir(), 'ai-pm-nginx-'));
  const port = await freePort();
  const errorLog = path.join(workDir, 'error.log');
  const temp = (name) => path.join(workDir, name);
  let confDir = deployDir;
  if (!csp) {
    confDir = temp('conf');
    mkdirSync(confDir);
    cpSync(deployDir, confDir, { recursive: true });
    writeFileSync(
      path.join(confDir, path.basename(securityHeadersFile)),
      securityHeadersWithoutCsp(readFileSync(securityHeadersFile, 'utf8')),
    );
  }
  writeFileSync(path.join(workDir, 'site.conf'), localSiteConf(site, port, confDir));
  writeFileSync(
    path.join(workDir, 'nginx.conf'),
    [
      // As root, nginx would hand requests to an unprivileged user that may not read the build folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 2;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  include ${mimeTypesFile(nginx)};`,
      '  default_type application/octet-stream;',
      '  sendfile on;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${temp(kind)};`,
      ),
      `  include ${path.join(workDir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginx, ['-p', workDir, '-e', errorLog, '-c', path.join(workDir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // nginx outlives a parent that exits without calling close(); this stops it in that case too.
  const stopOnExit = () => child.kill('SIGQUIT');
  process.once('exit', stopOnExit);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, errorLog);
  } catch (error) {
    child.kill('SIGQUIT');
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    close: async () => {
      process.off('exit', stopOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful: finish the requests in flight
        await exited;
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

// `npm run serve:nginx [-- buildDir]`: the build as production serves it, until Ctrl+C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startNginx(path.resolve(root, process.argv[2] ?? 'build'));
  console.log(`Serving with deploy/nginx at ${server.origin} (Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
