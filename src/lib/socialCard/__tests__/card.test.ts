import { describe, expect, it } from 'vitest';

import { cardAlt, cardElement, cardText, cardTextSizes, socialCardPath, type CardNode } from '../card';

const term = {
  kind: 'term',
  name: '召回率',
  otherName: 'Recall',
  abbr: 'TPR',
  summary: '所有真正的正例中，被模型找出来的比例。',
  category: '评估指标',
} as const;

/** Every text in a card tree, in order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap((child: CardNode | string) =>
    texts(child),
  );
}

describe('socialCardPath', () => {
  it.each([
    ['/glossary/recall', '/', '/og/glossary/recall.png'],
    ['/en/glossary/recall', '/en/', '/en/og/glossary/recall.png'],
    ['/', '/', '/og/index.png'],
    ['/en/', '/en/', '/en/og/index.png'],
    ['/en', '/en/', '/en/og/index.png'],
    ['/404.html', '/', '/og/404.png'],
    ['/en/404.html', '/en/', '/en/og/404.png'],
    ['/docs/blog/', '/docs/', '/docs/og/blog.png'],
    ['/handbook/en/metrics', '/handbook/en', '/handbook/en/og/metrics.png'],
  ])('%s (base %s) → %s', (pathname, baseUrl, expected) => {
    expect(socialCardPath(pathname, baseUrl)).toBe(expected);
  });
});

describe('card content', () => {
  it("shows a term's name, its other name and abbreviation, summary, category, the site and the address", () => {
    const card = cardElement(
      term,
      {
        siteName: 'AI 产品经理知识库',
        address: 'kb.example/glossary/recall',
        logo: 'data:image/svg+xml;base64,',
      },
      cardTextSizes[0] ?? { heading: 88, body: 38 },
    );
    expect(texts(card)).toEqual([
      'AI 产品经理知识库',
      '评估指标',
      '召回率',
      'Recall · TPR',
      '所有真正的正例中，被模型找出来的比例。',
      'kb.example/glossary/recall',
    ]);
  });

  it('leaves out what a page does not have: no subheading, no empty description, no section', () => {
    const page = { kind: 'page', title: 'Blog', description: '', section: null } as const;
    expect(texts(cardText(page, { heading: 60, body: 30 }))).toEqual(['Blog']);
    const card = cardElement(
      page,
      { siteName: 'Site', address: 'kb.example/blog', logo: '' },
      { heading: 60, body: 30 },
    );
    expect(texts(card)).toEqual(['Site', 'Blog', 'kb.example/blog']);
  });

  it('does not repeat an abbreviation that is the name itself', () => {
    expect(
      texts(
        cardText({ ...term, name: 'CNN', otherName: '卷积神经网络', abbr: 'CNN' }, { heading: 60, body: 30 }),
      ),
    ).toContain('卷积神经网络');
  });

  it('gives a text alternative that says what the card says', () => {
    expect(cardAlt(term, 'AI 产品经理知识库')).toBe(
      '召回率 (Recall · TPR): 所有真正的正例中，被模型找出来的比例。 (评估指标, AI 产品经理知识库)',
    );
    expect(cardAlt({ kind: 'page', title: 'Blog', description: '', section: null }, 'Site')).toBe(
      'Blog (Site)',
    );
  });
});
