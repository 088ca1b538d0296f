// Change: no original of this name; the original CodeBlock Layout and Content (Highlight, <pre>, <code>,
// Line) rendering tokens made at build time instead of Prism's, with the same markup and buttons.
import { usePrismTheme } from '@docusaurus/theme-common';
import {
  CodeBlockContextProvider,
  useCodeWordWrap,
  type CodeBlockMetadata,
} from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';
import Container from '@theme/CodeBlock/Container';
import Line from '@theme/CodeBlock/Line';
import Title from '@theme/CodeBlock/Title';
import clsx from 'clsx';
import { useMemo, type ReactNode } from 'react';

// theme-classic's own styles, so the block is laid out exactly as its Prism-highlighted one.
import contentStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import layoutStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Layout/styles.module.css';

import { themeDictionary, tokenStyle, type CodeTokens } from '@site/src/lib/codeTokens';

/** A code block with its tokens from the build, and what theme-classic worked out from its props. */
export interface TokenizedCodeBlockProps {
  readonly metadata: CodeBlockMetadata;
  readonly tokens: CodeTokens;
}

type LineProps = Parameters<typeof Line>[0];

/**
 * theme-classic's code block (Layout, Content, Line, Buttons) rendering tokens made at build time instead of
 * Prism's: the same markup, the same colours in either mode, the same copy and word-wrap buttons, and no Prism.
 */
export default function TokenizedCodeBlock({ metadata, tokens }: TokenizedCodeBlockProps): ReactNode {
  const wordWrap = useCodeWordWrap();
  const { codeBlockRef } = wordWrap;
  const theme = usePrismTheme();
  const dictionary = useMemo(() => themeDictionary(theme, tokens.language), [theme, tokens.language]);
  // prism-react-renderer's getLineProps and getTokenProps, over the build's tokens.
  // theme-classic's Line passes only `line` and `className`; the line's tokens come from `line` itself.
  const getLineProps: LineProps['getLineProps'] = ({ className, style }) => ({
    className: clsx('token-line', className),
    style: { ...dictionary.plain, ...style },
  });
  const getTokenProps: LineProps['getTokenProps'] = ({ token, className, style, ...rest }) => ({
    ...rest,
    className: clsx('token', ...token.types, className),
    children: token.content,
    style: style
      ? { ...tokenStyle(dictionary, [token.types, token.content, token.empty || undefined]), ...style }
      : tokenStyle(dictionary, [token.types, token.content, token.empty || undefined]),
  });
  const { lineNumbersStart, lineClassNames } = metadata;
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Container as="div" className={metadata.className}>
        {metadata.title && (
          <div className={layoutStyles.codeBlockTitle}>
            <Title>{metadata.title}</Title>
          </div>
        )}
        <div className={layoutStyles.codeBlockContent}>
          <pre
            ref={codeBlockRef}
            // As theme-classic's: focusable, so a keyboard can scroll a long line.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            className={clsx(
              `prism-code language-${tokens.language}`,
              contentStyles.codeBlock,
              'thin-scrollbar',
            )}
            style={dictionary.root}
          >
            <code
              className={clsx(
                contentStyles.codeBlockLines,
                lineNumbersStart !== undefined && contentStyles.codeBlockLinesWithNumbering,
              )}
              style={{
                counterReset:
                  lineNumbersStart === undefined ? undefined : `line-count ${lineNumbersStart - 1}`,
              }}
            >
              {tokens.lines.map((line, index) => (
                <Line
                  key={index}
                  line={line.map(([types, content, empty]) => ({ types: [...types], content, empty }))}
                  getLineProps={getLineProps}
                  getTokenProps={getTokenProps}
                  classNames={lineClassNames[index]}
                  showLineNumbers={lineNumbersStart !== undefined}
                />
              ))}
            </code>
          </pre>
          <Buttons />
        </div>
      </Container>
    </CodeBlockContextProvider>
  );
}
