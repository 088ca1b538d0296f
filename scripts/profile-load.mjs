#!/usr/bin/env node
// Where the main thread goes while a page loads, on a CPU slowed down as Lighthouse's mobile profile assumes (4×):
// the long tasks after the first paint and what fills each (from Chromium's trace), then the JavaScript that ran, by
// package or source folder (from a CPU profile, mapped through source maps when the build has them).
// usage: node scripts/profile-load.mjs [page path] [--cpu-slowdown N] [--desktop] [--build-dir DIR] [--runs N]
//   --runs N   then loads the page N more times, untraced, and prints the median of the renderer's own totals
//              (layout, style, script, all tasks): single loads vary by a third on a busy 2-core machine
//   SOURCE_MAPS=1 npm run build   writes the source maps that name modules instead of minified bundles
// The page is served by nginx with deploy/nginx, as the tests and the bench serve it.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { chromiumFlags, findChromium } from './chromium.mjs';
import { startNginx } from './nginxServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'cpu-slowdown': { type: 'string', default: '4' },
    desktop: { type: 'boolean', default: false },
    'build-dir': { type: 'string', default: path.join(root, 'build') },
    runs: { type: 'string', default: '0' },
  },
});
const pathname = positionals[0] ?? '/glossary/recall';
const slowdown = Number(values['cpu-slowdown']);
if (!(slowdown >= 1))
  throw new Error(`--cpu-slowdown: expected a number ≥ 1, got "${values['cpu-slowdown']}"`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 0)
  throw new Error(`--runs: expected a whole number ≥ 0, got "${values.runs}"`);
const buildDir = path.resolve(values['build-dir']);
const viewport = values.desktop ? { width: 1350, height: 940 } : { width: 412, height: 823 };
const ms = (microseconds) => `${(microseconds / 1000).toFixed(0)} ms`;

const server = await startNginx(buildDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
try {
  const page = await browser.newPage({ viewport });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'loading',
      'blink.user_timing',
    ],
  });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}${pathname}`);
  await page.waitForFunction(
    () => globalThis.document.documentElement.dataset.hasHydrated === 'true',
    undefined,
    {
      timeout: 60_000,
    },
  );
  await page.waitForTimeout(5000); // what runs after hydration: effects, idle work
  const { profile } = await cdp.send('Profiler.stop');
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());

  // The renderer's main thread that parsed this page.
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const parse = traceEvents.find(
    (event) =>
      event.name === 'ParseHTML' &&
      mainThreads.has(`${event.pid}:${event.tid}`) &&
      (event.args?.beginData?.url ?? '').endsWith(pathname),
  );
  if (!parse) throw new Error(`no ParseHTML of ${pathname} on a renderer's main thread in the trace`);
  const { pid, tid } = parse;
  const events = traceEvents
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const paint = traceEvents.find((event) => event.name === 'firstContentfulPaint' && event.pid === pid);
  const start = traceEvents.find((event) => event.name === 'navigationStart' && event.pid === pid)?.ts ?? 0;
  /** The events directly inside a task, summed by name (scripts by file, callbacks by kind). */
  const contents = (task) => {
    const totals = new Map();
    let end = -1;
    for (const event of events) {
      if (event === task || event.ts < task.ts || event.ts + event.dur > task.ts + task.dur || event.ts < end)
        continue;
      end = event.ts + event.dur;
      const data = event.args?.data ?? {};
      const what = data.url ? ` ${data.url.split('/').pop()}` : data.type ? ` ${data.type}` : '';
      const name = `${event.name}${what}`;
      totals.set(name, (totals.get(name) ?? 0) + event.dur);
    }
    return [...totals].sort((a, b) => b[1] - a[1]);
  };
  const tasks = events.filter((event) => event.name === 'RunTask');
  const long = tasks.filter((task) => task.dur > 50_000 && (!paint || task.ts >= paint.ts));
  console.log(
    `# ${pathname}, ${values.desktop ? 'desktop' : 'phone'} viewport, CPU ${slowdown}× slower` +
      `\nfirst contentful paint at ${paint ? ms(paint.ts - start) : '?'}; ${long.length} long tasks after it, ` +
      `blocking ${ms(long.reduce((sum, task) => sum + task.dur - 50_000, 0))} (the 50 ms over which each counts)`,
  );
  for (const task of long) {
    const top = contents(task).slice(0, 4);
    console.log(
      `- at ${ms(task.ts - start)}, ${ms(task.dur)}: ${top.map(([name, dur]) => `${name} ${ms(dur)}`).join(', ')}`,
    );
  }
  const byKind = new Map();
  for (const task of tasks)
    for (const [name, dur] of contents(task)) {
      const kind = name.split(' ')[0];
      byKind.set(kind, (byKind.get(kind) ?? 0) + dur);
    }
  console.log(
    `\nmain thread by kind: ${[...byKind]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ')}`,
  );

  // JavaScript by package or folder: the profile's samples, each frame mapped to its source when a map exists.
  const maps = new Map();
  const sourceOf = ({ url, lineNumber, columnNumber, functionName }) => {
    if (!url) return `(${functionName || 'native'})`;
    const file = path.join(buildDir, new URL(url).pathname);
    if (!maps.has(file)) {
      maps.set(
        file,
        existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null,
      );
    }
    const map = maps.get(file);
    if (!map) return new URL(url).pathname.replace(/\.[0-9a-f]{8}\.js$/, '.js');
    const source = map.findEntry(lineNumber, columnNumber).originalSource ?? '(unmapped)';
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return inPackage
      ? inPackage[1]
      : source
          .replace(/^webpack:\/\/[^/]*\//, '')
          .split('/')
          .slice(0, 3)
          .join('/');
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  profile.samples.forEach((id, index) => {
    const name = sourceOf(nodes.get(id).callFrame);
    if (name === '((idle))' || name === '((program))') return;
    selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  const mapped = [...maps.values()].some(Boolean);
  console.log(
    `\nJavaScript self time by ${mapped ? 'package or source folder' : 'file (no source maps: SOURCE_MAPS=1 npm run build)'}:`,
  );
  for (const [name, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`- ${name}: ${ms(time)}`);

  if (runs > 0) {
    // The renderer's cumulative durations (DevTools' Performance.getMetrics, in seconds) once the page is idle.
    const totals = { LayoutDuration: [], RecalcStyleDuration: [], ScriptDuration: [], TaskDuration: [] };
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport });
      const loaded = await context.newPage();
      const session = await context.newCDPSession(loaded);
      await session.send('Performance.enable');
      await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      await loaded.goto(`${server.origin}${pathname}`);
      await loaded.waitForFunction(
        () => globalThis.document.documentElement.dataset.hasHydrated === 'true',
        undefined,
        { timeout: 60_000 },
      );
      await loaded.waitForTimeout(4000);
      const { metrics } = await session.send('Performance.getMetrics');
      for (const { name, value } of metrics) totals[name]?.push(value * 1_000_000);
      await context.close();
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `\nmedian of ${runs} more loads (untraced): layout ${ms(median(totals.LayoutDuration))}, style ` +
        `${ms(median(totals.RecalcStyleDuration))}, script ${ms(median(totals.ScriptDuration))}, all tasks ` +
        `${ms(median(totals.TaskDuration))}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
