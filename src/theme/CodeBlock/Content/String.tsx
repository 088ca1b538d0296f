// Change: replaces the original. A Markdown code block with tokens from the build renders them
// (Tokenized.tsx), without Prism; any other block loads the original, with Prism, on demand
// (Highlighted.tsx), plain meanwhile.
import { usePrismTheme, useThemeConfig } from '@docusaurus/theme-common';
import { createCodeBlockMetadata, type CodeBlockMetadata } from '@docusaurus/theme-common/internal';
import Container from '@theme/CodeBlock/Container';
import type { Props as StringProps } from '@theme/CodeBlock/Content/String';
import clsx from 'clsx';
import { lazy, Suspense, type ReactNode } from 'react';

// theme-classic's own styles, so the plain code block is laid out exactly as the highlighted one.
import contentStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import layoutStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Layout/styles.module.css';

import { codeOfTokens, parseCodeTokens } from '@site/src/lib/codeTokens';

import TokenizedCodeBlock from './Tokenized';

/** A string code block's props, and its tokens from the build (`prismTokens`, see remarkCodeTokens). */
export interface Props extends StringProps {
  readonly prismTokens?: string;
}

const HighlightedOnDemand = lazy(() => import('./Highlighted'));

/**
 * The code unhighlighted, in the theme's plain colours and the highlighted block's layout: what a code block shows
 * while Prism's chunk is on its way.
 */
function PlainCodeBlock({ metadata }: { readonly metadata: CodeBlockMetadata }): ReactNode {
  const { plain } = usePrismTheme();
  return (
    <Container as="div" className={metadata.className}>
      {metadata.title && <div className={layoutStyles.codeBlockTitle}>{metadata.title}</div>}
      <div className={layoutStyles.codeBlockContent}>
        <pre
          // As the highlighted <pre>: focusable, so a keyboard can scroll a long line.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          className={clsx(
            'prism-code',
            `language-${metadata.language}`,
            contentStyles.codeBlock,
            'thin-scrollbar',
          )}
          style={{ color: plain.color, backgroundColor: plain.backgroundColor }}
        >
          <code className={contentStyles.codeBlockLines}>
            {metadata.code.split('\n').map((line, index) => (
              <div key={index} className={clsx('token-line', metadata.lineClassNames[index])}>
                {line}
                <br />
              </div>
            ))}
          </code>
        </pre>
      </div>
    </Container>
  );
}

/** What theme-classic's code block works out from its props: code without magic comments, language, title… */
function useCodeBlockMetadata(props: StringProps): CodeBlockMetadata {
  const { prism } = useThemeConfig();
  return createCodeBlockMetadata({
    code: props.children,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
}

/**
 * A code block without Prism in the browser where possible. A fenced block in Markdown comes with its tokens from
 * the build (remarkCodeTokens, in the prism-on-demand plugin) and renders them as theme-classic would. Any other
 * block (a `<CodeBlock>` in a React page, a block whose code the build's tokens no longer fit, a language only
 * `prism.additionalLanguages` adds) loads Prism on demand behind a Suspense boundary, plain meanwhile.
 */
export default function CodeBlockString({ prismTokens, ...props }: Props): ReactNode {
  const { prism } = useThemeConfig();
  const metadata = useCodeBlockMetadata(props);
  const tokens = parseCodeTokens(prismTokens);
  if (
    tokens &&
    tokens.language === metadata.language &&
    !prism.additionalLanguages.includes(tokens.language) &&
    codeOfTokens(tokens) === metadata.code
  ) {
    return <TokenizedCodeBlock metadata={metadata} tokens={tokens} />;
  }
  return (
    <Suspense fallback={<PlainCodeBlock metadata={metadata} />}>
      <HighlightedOnDemand {...props} />
    </Suspense>
  );
}
