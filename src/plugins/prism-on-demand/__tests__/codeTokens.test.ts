import { createRequire } from 'node:module';

import { Highlight, Prism, type Token } from 'prism-react-renderer';
import {
  createElement,
  type ComponentProps,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';
import { describe, expect, it } from 'vitest';

import { darkCodeTheme, lightCodeTheme } from '../../../config/codeThemes';
import { codeOfTokens, themeDictionary, tokenStyle, type CodeTokens } from '../../../lib/codeTokens';
import remarkCodeTokens, { codeTokensProp } from '../remarkCodeTokens';
import { tokenizeCode } from '../tokenizeCode';

// react-dom ships no types here; this is the one function the test needs.
const { renderToStaticMarkup } = createRequire(__filename)('react-dom/server') as {
  renderToStaticMarkup: (element: ReactElement) => string;
};

/** Lines of spans, as theme-classic's Line renders them, from prism-react-renderer's own props getters. */
function byPrismReactRenderer(code: string, language: string, theme: typeof lightCodeTheme): string {
  const render: ComponentProps<typeof Highlight>['children'] = ({
    tokens,
    style,
    getLineProps,
    getTokenProps,
  }) =>
    createElement(
      'pre',
      { style },
      tokens.map((line, i) =>
        createElement(
          'div',
          { key: i, ...getLineProps({ line }) },
          line.map((token: Token, j) => createElement('span', { key: j, ...getTokenProps({ token }) })),
        ),
      ),
    );
  return renderToStaticMarkup(
    createElement(Highlight, { code, language, theme, prism: Prism, children: render }),
  );
}

/** The same markup from build-time tokens and the helpers src/theme/CodeBlock/Content/Tokenized uses. */
function byBuildTimeTokens(tokens: CodeTokens, theme: typeof lightCodeTheme): string {
  const dictionary = themeDictionary(theme, tokens.language);
  const lines: ReactNode[] = tokens.lines.map((line, i) =>
    createElement(
      'div',
      { key: i, className: 'token-line', style: { ...dictionary.plain } as CSSProperties },
      line.map((token, j) =>
        createElement(
          'span',
          { key: j, className: ['token', ...token[0]].join(' '), style: tokenStyle(dictionary, token) },
          token[1],
        ),
      ),
    ),
  );
  return renderToStaticMarkup(createElement('pre', { style: dictionary.root }, lines));
}

const samples = [
  { language: 'json', code: '{\n  "version": 1,\n\n  "terms": [true, null, "x"]\n}' },
  { language: 'tsx', code: 'const a = <Term id="recall" />; // note\n\nexport default a;' },
  { language: 'bash', code: 'curl -s https://example.com/glossary.json \\\n  | jq -r ".terms[]"' },
  { language: 'yaml', code: 'id: recall\naliases:\n  - 查全率\n' },
];

describe('build-time tokens', () => {
  it.each(samples.flatMap((sample) => ['light', 'dark'].map((mode) => ({ ...sample, mode }))))(
    '$language in $mode mode renders as prism-react-renderer renders it',
    ({ language, code, mode }) => {
      const theme = mode === 'dark' ? darkCodeTheme : lightCodeTheme;
      const tokens = tokenizeCode(code, language);
      expect(codeOfTokens(tokens)).toBe(code);
      expect(byBuildTimeTokens(tokens, theme)).toBe(byPrismReactRenderer(code, language, theme));
    },
  );

  it('are added to fenced blocks with a language, keeping their other properties', () => {
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'code' as const,
          lang: 'json',
          value: '{}',
          data: { hProperties: { metastring: 'title="x"' } },
        },
        { type: 'code' as const, value: 'no language' },
      ],
    };
    remarkCodeTokens()(tree);
    const [withLanguage, withoutLanguage] = tree.children;
    expect(withLanguage?.data?.hProperties).toEqual({
      metastring: 'title="x"',
      [codeTokensProp]: JSON.stringify(tokenizeCode('{}', 'json')),
    });
    expect(withoutLanguage?.data).toBeUndefined();
  });
});
