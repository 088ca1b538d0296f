import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { cardTextSizes, type CardContent, type CardFrame } from '../../../lib/socialCard/card';
import { pngSize } from '../png';
import { createCardRenderer } from '../render';

const logo = readFileSync(path.join(__dirname, '../../../../static/img/logo.svg')).toString('base64');
const frame: CardFrame = {
  siteName: 'AI 产品经理知识库',
  address: 'ai-pm-handbook.example.com/en/glossary/reinforcement-learning-from-human-feedback',
  logo: `data:image/svg+xml;base64,${logo}`,
};
/** The glossary's limits: a summary's characters (maxSummaryLength), a name's columns (maxNameWidth). */
const maxSummary = 120;
const maxNameWidth = 60;

function term(overrides: Partial<Extract<CardContent, { kind: 'term' }>>): CardContent {
  return {
    kind: 'term',
    name: '召回率',
    otherName: 'Recall',
    abbr: 'TPR',
    summary: '所有真正的正例中，被模型找出来的比例。',
    category: '评估指标',
    ...overrides,
  };
}

const renderer = await createCardRenderer();

describe('the card renderer', () => {
  it('draws a 1200×630 PNG at the largest text size when the text is short', async () => {
    const card = await renderer.render(term({}), frame);
    expect(pngSize(card.png)).toEqual({ width: 1200, height: 630 });
    expect(card.sizes).toEqual(cardTextSizes[0]);
    expect(card.key).toBe(renderer.key(term({}), frame));
    expect(card.key).not.toBe(renderer.key(term({ summary: '另一句话。' }), frame));
  });

  // The widest text the glossary lets through: names of maxNameWidth columns (a CJK character takes two), and
  // summaries of maxSummary characters, in the widest glyphs of each script.
  const wideHan = '龘'.repeat(maxNameWidth / 2);
  const wideLatin = 'W'.repeat(maxNameWidth);
  it.each([
    ['Chinese name, summary and abbreviation', wideHan, wideLatin, '龘'.repeat(maxSummary)],
    [
      'Latin name and summary (words)',
      'WM '.repeat(maxNameWidth / 3).trim(),
      wideHan,
      'WM '.repeat(maxSummary / 3).trim(),
    ],
    ['one unbreakable word', wideLatin, wideHan, 'W'.repeat(maxSummary)],
  ])(
    'fits the longest name and summary the glossary allows, without clipping: %s',
    async (_, name, otherName, summary) => {
      const card = await renderer.render(term({ name, otherName, abbr: 'W'.repeat(12), summary }), frame);
      expect(pngSize(card.png)).toEqual({ width: 1200, height: 630 });
      // It fitted by stepping down, not by cutting text off: a size the renderer measured the text to fit at.
      expect(cardTextSizes).toContainEqual(card.sizes);
      expect(card.sizes).not.toEqual(cardTextSizes[0]);
    },
  );

  it('fails, naming the text, when the text cannot fit even at the smallest size', async () => {
    await expect(renderer.render(term({ summary: '很长的摘要。'.repeat(60) }), frame)).rejects.toThrow(
      /does not fit the card even at 36 px \(heading\) and 24 px \(body\)/,
    );
  });

  it('fails, naming the characters, when the font lacks a glyph', async () => {
    await expect(renderer.render(term({ name: '召回率𠀀' }), frame)).rejects.toThrow(
      'the card font (Noto Sans SC) has no glyph for "𠀀" (U+20000)',
    );
    await expect(renderer.render(term({ summary: 'Ship it 🚀' }), frame)).rejects.toThrow(
      /no glyph for "🚀" \(U\+1F680\)/,
    );
  });

  it('draws characters outside the base subsets from the subset of the font that has them', async () => {
    const card = await renderer.render(
      term({ name: 'Café Ñandú', summary: 'Tiếng Việt; Русский текст; 鑫淼犇.' }),
      frame,
    );
    expect(pngSize(card.png)).toEqual({ width: 1200, height: 630 });
  });
});
