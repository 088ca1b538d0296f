/**
 * A page's preview card: the 1200×630 image that Open Graph and Twitter tags point to, so that a pasted link shows
 * what the page is about. This file says what a card shows and where it lives; it builds the card as a tree of
 * plain elements in the shape satori lays out (https://github.com/vercel/satori), with no React and no IO. The
 * social-cards plugin renders the tree to PNG.
 */

/** Open Graph's recommended size for a large preview: every tool scales it down from here. */
export const socialCardSize = { width: 1200, height: 630 } as const;

/** What a card shows: a glossary term, or any other page. */
export type CardContent = TermCardContent | PageCardContent;

export interface TermCardContent {
  readonly kind: 'term';
  /** The term's name in the page's language, and in the other one. */
  readonly name: string;
  readonly otherName: string;
  readonly abbr: string | null;
  /** One sentence (at most the glossary's summary length). */
  readonly summary: string;
  /** The term's category, named in the page's language. */
  readonly category: string;
}

export interface PageCardContent {
  readonly kind: 'page';
  readonly title: string;
  readonly description: string;
  /** The section the page is in (its first breadcrumb), when it is not the section itself. */
  readonly section: string | null;
}

/** What every card of a locale shows around its content. */
export interface CardFrame {
  readonly siteName: string;
  /** The page's address without the scheme (`ai-pm-handbook.example.com/glossary/recall`). */
  readonly address: string;
  /** The site's logo as a `data:` URI. */
  readonly logo: string;
}

/** Font sizes of a card's two texts, in pixels: the heading and the body under it. */
export interface CardTextSizes {
  readonly heading: number;
  readonly body: number;
}

/**
 * The sizes a card tries, largest first: the renderer takes the first at which the text fits the card's text
 * area. The last is the floor: text that does not fit at it is too long for a card. Real terms stay at the top
 * sizes; the floor is for the widest text the glossary allows (names of 60 columns, summaries of 120 CJK
 * characters), which it must still show whole.
 */
export const cardTextSizes: readonly CardTextSizes[] = [
  { heading: 88, body: 38 },
  { heading: 76, body: 36 },
  { heading: 66, body: 33 },
  { heading: 56, body: 30 },
  { heading: 48, body: 28 },
  { heading: 42, body: 26 },
  { heading: 36, body: 24 },
];

/** The font families a card's text is set in: Latin first, then the CJK face for everything Latin lacks. */
export const cardFontFamilies = { latin: 'Card Latin', cjk: 'Card CJK' } as const;

/** An element in the shape satori reads (React's, without React). */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: Readonly<Record<string, string | number>>;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
    readonly src?: string;
    readonly width?: number;
    readonly height?: number;
  };
}

const colors = {
  background: '#ffffff',
  band: '#1a5fb4',
  heading: '#10243e',
  body: '#2b3d52',
  muted: '#52657a',
  chipText: '#12437e',
  chipBackground: '#e6effa',
  rule: '#d5dfeb',
};

/** Padding of the card; the text area is what is left between the header and the footer. */
const padding = { x: 80, top: 64, bottom: 56 };
/** Heights of the header (logo row) and the footer (address row), with the gaps that separate them from the text. */
const headerHeight = 64;
const footerHeight = 40;
const gap = 36;

/** The width and height left for a card's text (heading, subheading, body). */
export const cardTextArea = {
  width: socialCardSize.width - 2 * padding.x,
  height: socialCardSize.height - padding.top - padding.bottom - headerHeight - footerHeight - 2 * gap,
} as const;

function node(
  type: string,
  style: Readonly<Record<string, string | number>>,
  children?: CardNode['props']['children'],
): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** The term's other names as one line: `Recall · TPR`. */
function termSubheading(content: TermCardContent): string {
  return [content.otherName, content.abbr]
    .filter((name): name is string => Boolean(name) && name !== content.name)
    .join(' · ');
}

/**
 * The card's text block (heading, subheading, body), at `sizes`, as wide as the text area. A word longer than a
 * line breaks (`break-word`), so text only ever grows downwards, where the renderer measures it.
 */
export function cardText(content: CardContent, sizes: CardTextSizes): CardNode {
  const heading = content.kind === 'term' ? content.name : content.title;
  const subheading = content.kind === 'term' ? termSubheading(content) : '';
  const body = content.kind === 'term' ? content.summary : content.description;
  return node('div', { display: 'flex', flexDirection: 'column', width: cardTextArea.width }, [
    node(
      'div',
      {
        display: 'flex',
        fontSize: sizes.heading,
        fontWeight: 700,
        lineHeight: 1.15,
        color: colors.heading,
        wordBreak: 'break-word',
      },
      heading,
    ),
    ...(subheading
      ? [
          node(
            'div',
            {
              display: 'flex',
              marginTop: 10,
              fontSize: Math.round(sizes.heading * 0.5),
              lineHeight: 1.25,
              color: colors.muted,
              wordBreak: 'break-word',
            },
            subheading,
          ),
        ]
      : []),
    ...(body
      ? [
          node(
            'div',
            {
              display: 'flex',
              marginTop: 28,
              fontSize: sizes.body,
              lineHeight: 1.5,
              color: colors.body,
              wordBreak: 'break-word',
            },
            body,
          ),
        ]
      : []),
  ]);
}

/** The whole card: the site's logo and name with the category or section, the text, and the page's address. */
export function cardElement(content: CardContent, frame: CardFrame, sizes: CardTextSizes): CardNode {
  const chip = content.kind === 'term' ? content.category : content.section;
  const header = node('div', { display: 'flex', alignItems: 'center', height: headerHeight }, [
    { type: 'img', props: { src: frame.logo, width: 56, height: 56 } },
    node(
      'div',
      { display: 'flex', flexGrow: 1, marginLeft: 20, fontSize: 30, fontWeight: 700, color: colors.heading },
      frame.siteName,
    ),
    ...(chip
      ? [
          node(
            'div',
            {
              display: 'flex',
              padding: '8px 22px',
              borderRadius: 999,
              fontSize: 26,
              color: colors.chipText,
              backgroundColor: colors.chipBackground,
            },
            chip,
          ),
        ]
      : []),
  ]);
  const footer = node(
    'div',
    {
      display: 'flex',
      alignItems: 'flex-end',
      height: footerHeight,
      borderTop: `2px solid ${colors.rule}`,
      fontSize: 24,
      color: colors.muted,
      // An address is a hint, not content: a long one ends in an ellipsis rather than leaving the card.
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    },
    frame.address,
  );
  return node(
    'div',
    {
      display: 'flex',
      width: socialCardSize.width,
      height: socialCardSize.height,
      backgroundColor: colors.background,
      fontFamily: `'${cardFontFamilies.latin}', '${cardFontFamilies.cjk}'`,
    },
    [
      node('div', {
        display: 'flex',
        width: 16,
        height: socialCardSize.height,
        backgroundColor: colors.band,
      }),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: socialCardSize.width - 16,
          padding: `${padding.top}px ${padding.x - 16}px ${padding.bottom}px ${padding.x}px`,
        },
        [
          header,
          node(
            'div',
            { display: 'flex', flexGrow: 1, alignItems: 'center', height: cardTextArea.height },
            cardText(content, sizes),
          ),
          footer,
        ],
      ),
    ],
  );
}

/** The card's text alternative (`og:image:alt`): what it says, in one line. */
export function cardAlt(content: CardContent, siteName: string): string {
  if (content.kind === 'term') {
    const subheading = termSubheading(content);
    return `${content.name}${subheading ? ` (${subheading})` : ''}: ${content.summary} (${content.category}, ${siteName})`;
  }
  return `${content.title}${content.description ? `: ${content.description}` : ''} (${siteName})`;
}

/**
 * The card's path from the site's root for the page at `pathname`, in a locale served at `localeBaseUrl`: the
 * page's path below the locale, under `og/`, as PNG. `/glossary/recall` → `/og/glossary/recall.png`,
 * `/en/glossary/recall` (base `/en/`) → `/en/og/glossary/recall.png`, the home page → `og/index.png`.
 */
export function socialCardPath(pathname: string, localeBaseUrl: string): string {
  const base = localeBaseUrl.endsWith('/') ? localeBaseUrl : `${localeBaseUrl}/`;
  const inLocale = `${pathname}/`.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\//, '');
  const page = inLocale.replace(/\/$/, '').replace(/\.html$/, '') || 'index';
  return `${base}og/${page}.png`;
}
