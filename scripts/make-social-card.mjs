#!/usr/bin/env node
// Renders static/img/social-card.png (1200×630, the size link previews use) from the logo and the site's name.
// Run it again after changing either: `node scripts/make-social-card.mjs`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const logo = readFileSync(path.join(root, 'static/img/logo.svg'), 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; align-items: center; gap: 56px; padding: 0 96px;
    box-sizing: border-box; background: #0f2744; color: #fff;
    font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', sans-serif; }
  svg { width: 220px; height: 220px; flex: none; }
  h1 { font-size: 76px; margin: 0 0 16px; line-height: 1.1; }
  p { font-size: 36px; margin: 0; color: #cbe0f8; line-height: 1.35; }
</style></head><body>${logo}<div><h1>AI 产品经理知识库</h1><p>AI PM Handbook</p>
<p>需求 · 设计 · 术语 · 模型评估</p></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: path.join(root, 'static/img/social-card.png') });
await browser.close();
console.log('wrote static/img/social-card.png (1200×630)');
