import type { CSSProperties } from 'react';

/** One highlighted token, as prism-react-renderer's normalizeTokens gives it: types, text, and empty-line flag. */
export type CodeToken = readonly [types: readonly string[], content: string, empty?: true];

/** A code block tokenized at build time: the language it was tokenized as, and its tokens line by line. */
export interface CodeTokens {
  readonly language: string;
  readonly lines: readonly (readonly CodeToken[])[];
}

/** The part of a Prism theme (prism-react-renderer's `PrismTheme`) that colours tokens. */
export interface CodeTheme {
  readonly plain: CSSProperties;
  readonly styles: readonly {
    readonly types: readonly string[];
    readonly style: CSSProperties;
    readonly languages?: readonly string[];
  }[];
}

/** The text the tokens were made from, to check they still fit the code a block shows. */
export function codeOfTokens(tokens: CodeTokens): string {
  return tokens.lines
    .map((line) => line.map(([, content, empty]) => (empty ? '' : content)).join(''))
    .join('\n');
}

/** Styles by token type for a language: prism-react-renderer's `themeToDict`, which its `Highlight` applies. */
export function themeDictionary(theme: CodeTheme, language: string): Record<string, CSSProperties> {
  const dictionary: Record<string, CSSProperties> = {};
  for (const { languages, style, types } of theme.styles) {
    if (languages && !languages.includes(language)) continue;
    for (const type of types) dictionary[type] = { ...dictionary[type], ...style };
  }
  dictionary.root = theme.plain;
  dictionary.plain = { ...theme.plain, backgroundColor: undefined };
  return dictionary;
}

/**
 * A token's style, exactly as prism-react-renderer's `getTokenProps` computes it (including its handling of single
 * types), so build-time tokens render the same markup as tokens made in the browser.
 */
export function tokenStyle(
  dictionary: Readonly<Record<string, CSSProperties>>,
  [types, , empty]: CodeToken,
): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain') return empty ? { display: 'inline-block' } : undefined;
  if (types.length === 1 && empty) return dictionary[types[0] as string];
  return Object.assign(empty ? { display: 'inline-block' } : {}, ...types.map((type) => dictionary[type]));
}

/** Whether a value is tokens as the build writes them (a prop of a Markdown code block). */
export function parseCodeTokens(value: unknown): CodeTokens | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as CodeTokens).language === 'string' &&
      Array.isArray((parsed as CodeTokens).lines)
    ) {
      return parsed as CodeTokens;
    }
  } catch {
    // not tokens: the block is highlighted in the browser instead
  }
  return undefined;
}
