/**
 * Renders preview cards to PNG at build time: satori lays the card out and draws its text as paths with Noto Sans SC
 * from `@fontsource/noto-sans-sc` (no font is fetched), resvg (WebAssembly, no platform binary) rasterises the
 * SVG, and `encodeOpaquePng` writes the PNG. Text is fitted: the card takes the largest of `cardTextSizes` at which
 * its text fits the text area, so nothing is clipped; text that does not fit at the smallest, or that has a
 * character Noto Sans SC lacks, is an error that names the card.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori, { type Font } from 'satori';

import {
  cardElement,
  cardFontFamilies,
  cardText,
  cardTextArea,
  cardTextSizes,
  socialCardSize,
  type CardContent,
  type CardFrame,
  type CardNode,
  type CardTextSizes,
} from '../../lib/socialCard/card';
import { encodeOpaquePng } from './png';

const require = createRequire(__filename);
const fontPackage = '@fontsource/noto-sans-sc';
const weights = [400, 700] as const;

/** Thrown when a card cannot be drawn as asked; the plugin adds which page it is. */
export class CardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardError';
  }
}

/** A rendered card and the text sizes it was fitted at. */
interface RenderedCard {
  readonly png: Buffer;
  readonly sizes: CardTextSizes;
  /** A key of everything the image depends on (content, frame, renderer versions): equal keys, equal images. */
  readonly key: string;
}

export interface CardRenderer {
  render(content: CardContent, frame: CardFrame): Promise<RenderedCard>;
  /** The key a card would have, without rendering it (for a cache). */
  key(content: CardContent, frame: CardFrame): string;
}

/** `U+4E00-9FFF,U+3000` → ranges of code points. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** The font package's folder (a literal, so that tools that check dependencies see it). */
const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-sc/unicode.json'));

function packageFile(file: string): string {
  return path.join(fontDir, file);
}

async function loadFont(subset: string, weight: (typeof weights)[number], name: string): Promise<Font> {
  const file = packageFile(`files/noto-sans-sc-${subset}-${weight}-normal.woff`);
  return { name, data: await readFile(file), weight, style: 'normal' };
}

/**
 * resvg's WebAssembly module can be initialised once per process, and Docusaurus loads this file afresh for each
 * locale's build: the promise is kept on the global object.
 */
const resvgReady = Symbol.for('ai-pm-handbook.social-cards.resvg');

function initResvg(): Promise<void> {
  const global = globalThis as { [resvgReady]?: Promise<void> };
  global[resvgReady] ??= readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) =>
    initWasm(wasm),
  );
  return global[resvgReady];
}

/** A package's version, from the package.json beside its entry point (not every package exports that file). */
function versionOf(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (found === name && version) return version;
  }
  throw new Error(`social-cards: cannot find the version of ${name}`);
}

/**
 * A renderer with the fonts loaded. The card's base fonts are Noto Sans SC's Latin and Simplified Chinese subsets;
 * for a character in neither (a rarer hanzi, an accented letter), the subset of the full font that has it is
 * loaded on demand.
 */
export async function createCardRenderer(): Promise<CardRenderer> {
  await initResvg();
  const unicode = JSON.parse(await readFile(packageFile('unicode.json'), 'utf8')) as Record<string, string>;
  const subsets = Object.entries(unicode).map(([key, range]) => ({
    file: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(range),
  }));
  const fonts: Font[] = (
    await Promise.all(
      weights.flatMap((weight) => [
        loadFont('latin', weight, cardFontFamilies.latin),
        loadFont('chinese-simplified', weight, cardFontFamilies.cjk),
      ]),
    )
  ).sort((a, b) => (a.name === b.name ? 0 : a.name === cardFontFamilies.latin ? -1 : 1));
  const extraFonts = new Map<string, Promise<Font[]>>();
  const versions = ['satori', '@resvg/resvg-wasm', fontPackage].map((name) => `${name}@${versionOf(name)}`);

  /** Fonts for characters the base fonts lack; throws listing the characters no subset of the font has. */
  const loadAdditionalAsset = async (languageCode: string, segment: string): Promise<Font[]> => {
    const missing: string[] = [];
    const needed = new Set<string>();
    for (const character of new Set(segment)) {
      const code = character.codePointAt(0) ?? 0;
      const subset = subsets.find(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
      if (subset && languageCode !== 'emoji') needed.add(subset.file);
      else missing.push(character);
    }
    if (missing.length > 0) {
      throw new CardError(
        `the card font (Noto Sans SC) has no glyph for ${missing
          .map(
            (character) =>
              `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
          )
          .join(', ')}: write it another way`,
      );
    }
    const loaded = await Promise.all(
      [...needed].map((file) => {
        const fontsOfSubset =
          extraFonts.get(file) ??
          Promise.all(weights.map((weight) => loadFont(file, weight, `Card extra ${file}`)));
        extraFonts.set(file, fontsOfSubset);
        return fontsOfSubset;
      }),
    );
    return loaded.flat();
  };

  const options = { fonts, loadAdditionalAsset } as const;

  /** The height the text block takes at `sizes` (laid out by satori without drawing glyphs). */
  const textHeight = async (content: CardContent, sizes: CardTextSizes): Promise<number> => {
    const svg = await satori(cardText(content, sizes) as never, {
      ...options,
      width: cardTextArea.width,
      embedFont: false,
    });
    const height = Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1]);
    if (!Number.isFinite(height)) throw new CardError('satori returned an SVG without a height');
    return height;
  };

  const fit = async (content: CardContent): Promise<CardTextSizes> => {
    for (const sizes of cardTextSizes) {
      if ((await textHeight(content, sizes)) <= cardTextArea.height) return sizes;
    }
    const smallest = cardTextSizes.at(-1);
    throw new CardError(
      `its text does not fit the card even at ${smallest?.heading} px (heading) and ${smallest?.body} px (body): shorten the title or the description`,
    );
  };

  const key = (content: CardContent, frame: CardFrame) =>
    createHash('sha256')
      .update(
        JSON.stringify({
          versions,
          content,
          frame,
          sizes: cardTextSizes,
          element: cardElement(content, frame, cardTextSizes[0] as CardTextSizes),
        }),
      )
      .digest('hex');

  return {
    key,
    async render(content, frame) {
      const sizes = await fit(content);
      const element: CardNode = cardElement(content, frame, sizes);
      const svg = await satori(element as never, { ...options, ...socialCardSize });
      const image = new Resvg(svg).render();
      try {
        return {
          png: encodeOpaquePng(image.width, image.height, image.pixels),
          sizes,
          key: key(content, frame),
        };
      } finally {
        image.free();
      }
    },
  };
}
