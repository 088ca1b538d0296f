#!/usr/bin/env node
// Screenshots of the built site, for reviewing pages and for the README.
// usage: node scripts/screenshots.mjs [outDir] [path ...]   (default: .github/readme, the README's pictures)
// Each path is shot four ways: desktop and phone, light and dark. Needs `npm run build` first. Without paths it also
// copies two preview cards from the build (the README shows them).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { chromiumFlags, findChromium } from './chromium.mjs';
import { startNginx } from './nginxServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [outArg, ...pathArgs] = process.argv.slice(2);
const outDir = path.resolve(root, outArg ?? '.github/readme');
const readmeShots = [
  { path: '/', name: 'home-zh', viewport: 'desktop', scheme: 'light' },
  { path: '/en/', name: 'home-en-dark-phone', viewport: 'phone', scheme: 'dark' },
];
/** Preview cards the README shows, copied as the build drew them (src/plugins/socialCards). */
const readmeCards = [
  { from: 'og/glossary/recall.png', name: 'card-recall-zh' },
  { from: 'en/og/glossary/cnn.png', name: 'card-cnn-en' },
];
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const shots =
  pathArgs.length === 0
    ? readmeShots
    : pathArgs.flatMap((pagePath) =>
        ['desktop', 'phone'].flatMap((viewport) =>
          ['light', 'dark'].map((scheme) => ({
            path: pagePath,
            name: `${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${viewport}-${scheme}`,
            viewport,
            scheme,
          })),
        ),
      );

mkdirSync(outDir, { recursive: true });
const server = await startNginx(path.join(root, 'build'));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumFlags,
});
for (const shot of shots) {
  const page = await browser.newPage({ viewport: viewports[shot.viewport], colorScheme: shot.scheme });
  await page.goto(`${server.origin}${shot.path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => globalThis.document.documentElement.dataset.hasHydrated === 'true');
  const file = path.join(outDir, `${shot.name}.png`);
  await page.screenshot({ path: file });
  console.log(`${shot.path} (${shot.viewport}, ${shot.scheme}) -> ${path.relative(root, file)}`);
  await page.close();
}
await browser.close();
await server.close();
if (pathArgs.length === 0) {
  for (const card of readmeCards) {
    const file = path.join(outDir, `${card.name}.png`);
    copyFileSync(path.join(root, 'build', card.from), file);
    console.log(`build/${card.from} -> ${path.relative(root, file)}`);
  }
}
