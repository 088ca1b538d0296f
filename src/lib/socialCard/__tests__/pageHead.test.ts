import { describe, expect, it } from 'vitest';

import { decodeEntities, pageCardContent } from '../pageHead';

const site = { title: 'AI PM Handbook', titleDelimiter: '|' };

/** The head of a built docs page, as swc minifies it (unquoted attribute values where it can). */
const head = `<!doctype html><html lang=en dir=ltr><head><meta charset=UTF-8>
<meta data-rh=true name=twitter:card content=summary_large_image />
<meta data-rh=true property=og:title content="Classification metrics | AI PM Handbook"/>
<meta data-rh=true name=description content="Confusion matrix &amp; F1: formulas, &quot;worked&quot; examples &#x2014; and &#39;when&#39;."/>
<meta data-rh=true property=og:description content="Confusion matrix &amp; F1: formulas, &quot;worked&quot; examples &#x2014; and &#39;when&#39;."/>
<script type=application/ld+json>{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","item":"https://kb.example/en/metrics","name":"Model evaluation","position":1},{"@type":"ListItem","item":"https://kb.example/en/metrics/classification","name":"Classification metrics","position":2}]}</script>
</head><body></body></html>`;

describe('pageCardContent', () => {
  it("reads the title without the site's suffix, the description with entities decoded, and the first breadcrumb", () => {
    expect(pageCardContent(head, site, 'build/en/metrics/classification.html')).toEqual({
      kind: 'page',
      title: 'Classification metrics',
      description: 'Confusion matrix & F1: formulas, "worked" examples — and \'when\'.',
      section: 'Model evaluation',
    });
  });

  it('names no section for a page that is the first breadcrumb itself, or that has no breadcrumbs', () => {
    const sectionPage = head.replace(
      /"itemListElement":\[.*\]\}/,
      '"itemListElement":[{"name":"Model evaluation"}]}',
    );
    expect(pageCardContent(sectionPage, site, 'x.html').section).toBeNull();
    expect(pageCardContent(head.replace(/<script[\s\S]*<\/script>/, ''), site, 'x.html').section).toBeNull();
    expect(pageCardContent(head.replace('{"@context"', '{broken'), site, 'x.html').section).toBeNull();
  });

  it('keeps a title that has no suffix, and falls back to the description meta', () => {
    const home = head
      .replace('Classification metrics | AI PM Handbook', 'AI PM Handbook')
      .replace(/<meta data-rh=true property=og:description[^>]*>/, '');
    const content = pageCardContent(home, site, 'index.html');
    expect(content.title).toBe('AI PM Handbook');
    expect(content.description).toMatch(/^Confusion matrix & F1/);
  });

  it('fails naming the file when the page has no og:title', () => {
    expect(() => pageCardContent('<html><head></head></html>', site, 'build/en/x.html')).toThrow(
      'build/en/x.html: the page has no og:title, which its preview card needs',
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown or invalid ones as they are', () => {
    expect(decodeEntities('a &lt;b&gt; &#20013;&#x6587; &nbsp;&unknown; &#x110000;')).toBe(
      'a <b> 中文 \u00a0&unknown; &#x110000;',
    );
  });
});
