import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { i18n, loadSiteGlossary } from '../../docusaurus.config';
import { termEntry } from '../../src/lib/glossary/model';
import { siteOrigin } from './browser';

// llms.txt and the Markdown pages, fetched from the server globalSetup starts (nginx with deploy/nginx): what an
// assistant gets when a reader pastes the site's address into it. No browser needed.
const origin = siteOrigin();
const glossary = await loadSiteGlossary();

/** Each locale's root, as the site serves it: the default locale at `/`, the others below their code. */
const localeRoot = (locale: string) => (locale === i18n.defaultLocale ? '/' : `/${locale}/`);

/** A locale's UI strings from its translation file; the default locale's are the components' own messages. */
function uiStrings(locale: string, ids: Record<string, string>): string[] {
  if (locale === i18n.defaultLocale) return Object.values(ids);
  const file = path.resolve(__dirname, '../../i18n', locale, 'code.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return Object.keys(ids).map((id) => {
    const message = messages[id]?.message;
    if (!message) throw new Error(`${path.relative(process.cwd(), file)}: no message "${id}"`);
    return message;
  });
}

/** Interface text of a term page (its copy buttons, and the theme's mobile TOC), never content of its own. */
const termPageInterface = (locale: string) =>
  uiStrings(locale, {
    'termPage.copy.url': '复制链接',
    'termPage.copy.markdown': '复制 Markdown 链接',
    'termPage.copy.more': '其他格式',
    'theme.TOCCollapsible.toggleButtonLabel': '本页总览',
  });

/** The links of an llms.txt: `- [title](url): description`. */
function llmsLinks(text: string): { title: string; url: string; description: string }[] {
  return [...text.matchAll(/^- \[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)(?:: (.*))?$/gm)].map((match) => ({
    title: (match[1] ?? '').replace(/\\(.)/g, '$1'),
    url: match[2] ?? '',
    description: match[3] ?? '',
  }));
}

/** Fetches a site URL of llms.txt from the test server: its links carry the configured site's origin. */
const fetchSitePath = (url: string) => fetch(`${origin}${new URL(url).pathname}`);

describe.each(i18n.locales)('%s', (locale) => {
  const root = localeRoot(locale);
  const llmsTxt = (async () => {
    const response = await fetch(`${origin}${root}llms.txt`);
    return { response, text: await response.text() };
  })();

  it(`${root}llms.txt answers as UTF-8 plain text in the llmstxt.org layout`, async () => {
    const { response, text } = await llmsTxt;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(text).toMatch(/^# .+\n\n> .+\n\n[^#>\n].+\n\n## /);
    expect(text).toContain('\n## Optional\n');
  });

  it('lists every term of the glossary with its one-line summary', async () => {
    const { text } = await llmsTxt;
    const links = new Map(llmsLinks(text).map((link) => [new URL(link.url).pathname, link] as const));
    for (const term of glossary.terms) {
      const entry = termEntry(term, locale);
      const link = links.get(`${root}glossary/${term.id}.md`);
      expect(link, `${term.id} in ${root}llms.txt`).toBeDefined();
      expect(link?.title, term.id).toBe(entry.title);
      expect(link?.description, term.id).toBe(entry.summary.replace(/\s+/g, ' ').trim());
    }
    const termLinks = [...links.keys()].filter((pathname) =>
      new RegExp(`^${root}glossary/(?!index)[^/]+\\.md$`).test(pathname),
    );
    expect(termLinks).toHaveLength(glossary.terms.length);
  });

  it('links Markdown pages that answer as text/markdown, open with their title and hold no HTML or UI text', async () => {
    const { text } = await llmsTxt;
    const links = llmsLinks(text);
    expect(links.length).toBeGreaterThan(glossary.terms.length);
    const interfaceText = termPageInterface(locale);
    const problems: string[] = [];
    // A few at a time: the server and this machine are shared.
    for (let start = 0; start < links.length; start += 8) {
      await Promise.all(
        links.slice(start, start + 8).map(async ({ title, url }) => {
          const pathname = new URL(url).pathname;
          const response = await fetchSitePath(url);
          const body = await response.text();
          if (response.status !== 200) return void problems.push(`${pathname}: status ${response.status}`);
          const type = response.headers.get('content-type');
          if (type !== 'text/markdown; charset=utf-8') problems.push(`${pathname}: content-type ${type}`);
          if (!response.headers.get('content-security-policy')) problems.push(`${pathname}: no CSP header`);
          if (!body.startsWith(`# ${title}\n`))
            problems.push(`${pathname}: starts ${JSON.stringify(body.slice(0, 60))}`);
          for (const markup of ['katex-html', '<span', '<div', '<button', 'class="']) {
            if (body.includes(markup)) problems.push(`${pathname}: contains ${markup}`);
          }
          if (/\/glossary\/(?!index)[^/]+\.md$/.test(pathname)) {
            for (const label of interfaceText) {
              if (body.includes(label)) problems.push(`${pathname}: contains the interface text "${label}"`);
            }
          }
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it('serves the Markdown pages pre-compressed to gzip clients', async () => {
    const response = await fetch(`${origin}${root}glossary/recall.md`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  });

  it('a term page names its Markdown version in a <link rel=alternate>', async () => {
    const html = await (await fetch(`${origin}${root}glossary/recall`)).text();
    const link = /<link[^>]*\btype="?text\/markdown"?[^>]*>/.exec(html)?.[0] ?? '';
    const href = /\bhref="?([^"\s>]+)/.exec(link)?.[1];
    expect(href && new URL(href).pathname).toBe(`${root}glossary/recall.md`);
  });
});
