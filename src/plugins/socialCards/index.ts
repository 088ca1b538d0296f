/**
 * Preview cards: after each locale's build, a 1200×630 PNG for every page, at the path `socialCardPath` gives
 * (`/og/glossary/recall.png`, `/en/og/glossary/recall.png`), which the Layout names in `og:image`. A page's card
 * shows its title and description as its HTML head says them; the `content` option gives a page other content (the
 * glossary gives its terms' pages their names, summary and category). Cards are cached by content in
 * `node_modules/.cache/social-cards`, so a rebuild draws only the cards whose text changed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';

import { socialCardPath, type CardContent, type CardFrame } from '../../lib/socialCard/card';
import { pageCardContent } from '../../lib/socialCard/pageHead';
import { CardError, createCardRenderer } from './render';

/** A page the cards plugin asks `content` about. */
export interface CardPage {
  readonly locale: string;
  /** The page's route, with the locale's base URL (`/en/glossary/recall`). */
  readonly pathname: string;
}

export interface SocialCardsOptions {
  /** The content of a page's card, or undefined for the title and description of its head. */
  readonly content?: (page: CardPage) => (CardContent & { readonly source?: string }) | undefined;
  /** The logo on every card: an SVG file, relative to the site's folder. */
  readonly logo: string;
  /** Where rendered cards are kept between builds, relative to the site's folder; `false` for no cache. */
  readonly cacheDir: string | false;
}

const optionsSchema = Joi.object<SocialCardsOptions>({
  content: Joi.function().arity(1),
  logo: Joi.string()
    .pattern(/\.svg$/)
    .default('static/img/logo.svg'),
  cacheDir: Joi.alternatives(Joi.string(), Joi.valid(false)).default('node_modules/.cache/social-cards'),
});

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<SocialCardsOptions> | undefined, SocialCardsOptions>): SocialCardsOptions {
  return validate(optionsSchema, options ?? {});
}

/** The built HTML file of a route, or null for a route that has none (a redirect, an asset). */
function htmlFile(outDir: string, pathname: string, baseUrl: string): string | null {
  const inLocale = pathname.startsWith(baseUrl)
    ? pathname.slice(baseUrl.length)
    : pathname.replace(/^\//, '');
  const candidates = inLocale.endsWith('.html')
    ? [inLocale]
    : [inLocale ? `${inLocale.replace(/\/$/, '')}.html` : 'index.html', path.join(inLocale, 'index.html')];
  return candidates.map((file) => path.join(outDir, file)).find((file) => existsSync(file)) ?? null;
}

export default function socialCards(context: LoadContext, options: SocialCardsOptions): Plugin {
  const { siteDir } = context;
  return {
    name: 'social-cards',
    async postBuild({ outDir, routesPaths, siteConfig, i18n }) {
      const started = performance.now();
      const baseUrl = siteConfig.baseUrl;
      const origin = siteConfig.url.replace(/\/$/, '');
      const logoFile = path.resolve(siteDir, options.logo);
      const logo = `data:image/svg+xml;base64,${(await readFile(logoFile)).toString('base64')}`;
      const cacheDir = options.cacheDir === false ? null : path.resolve(siteDir, options.cacheDir);
      if (cacheDir) await mkdir(cacheDir, { recursive: true });
      const renderer = await createCardRenderer();
      let drawn = 0;
      /** Time spent drawing, apart from waiting on other plugins' postBuild work, which shares the thread. */
      let drawingMs = 0;
      let written = 0;
      let largest = { bytes: 0, file: '' };
      const pages = [...new Set(routesPaths)].sort();
      for (const pathname of pages) {
        const file = htmlFile(outDir, pathname, baseUrl);
        if (!file) continue;
        const custom = options.content?.({ locale: i18n.currentLocale, pathname });
        const content =
          custom ?? pageCardContent(await readFile(file, 'utf8'), siteConfig, path.relative(siteDir, file));
        const card = socialCardPath(pathname, baseUrl);
        const frame: CardFrame = {
          siteName: siteConfig.title,
          address: `${origin.replace(/^https?:\/\//, '')}${pathname === baseUrl ? baseUrl.replace(/\/$/, '') : pathname}`,
          logo,
        };
        const cached = cacheDir ? path.join(cacheDir, `${renderer.key(content, frame)}.png`) : null;
        let png: Buffer;
        if (cached && existsSync(cached)) {
          png = await readFile(cached);
        } else {
          try {
            const drawing = performance.now();
            png = (await renderer.render(content, frame)).png;
            drawingMs += performance.now() - drawing;
          } catch (error) {
            if (!(error instanceof CardError)) throw error;
            const source = custom?.source ?? path.relative(siteDir, file);
            throw new Error(
              `social-cards: the preview card of ${pathname} (${source}) cannot be drawn: ${error.message}`,
              {
                cause: error,
              },
            );
          }
          drawn += 1;
          if (cached) await writeFile(cached, png);
        }
        const target = path.join(outDir, card.slice(baseUrl.length));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, png);
        written += 1;
        if (png.length > largest.bytes) largest = { bytes: png.length, file: card };
      }
      console.log(
        `[social-cards] ${written} pages of ${i18n.currentLocale}: ${drawn} cards drawn, ${written - drawn} from the cache (drawing ${(drawingMs / 1000).toFixed(1)} s, ${((performance.now() - started) / 1000).toFixed(1)} s in all, other plugins' work included); largest ${(largest.bytes / 1024).toFixed(1)} KB (${largest.file})`,
      );
    },
  };
}
