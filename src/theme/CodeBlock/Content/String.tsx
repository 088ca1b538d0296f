import { usePrismTheme, useThemeConfig } from '@docusaurus/theme-common';
import { createCodeBlockMetadata } from '@docusaurus/theme-common/internal';
import Container from '@theme/CodeBlock/Container';
import type { Props as StringProps } from '@theme/CodeBlock/Content/String';
import clsx from 'clsx';
import { lazy, Suspense, type ReactNode } from 'react';

// theme-classic's own styles, so the plain code block is laid out exactly as the highlighted one.
import contentStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import layoutStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Layout/styles.module.css';

import { loadedHighlightedCodeBlock } from './highlighterRegistry';

/** A string code block's props, and whether its page imported the highlighted code block (remarkPreloadHighlighting). */
export interface Props extends StringProps {
  readonly highlightingPreloaded?: boolean;
}

const HighlightedOnDemand = lazy(() => import('./Highlighted'));

/**
 * The code unhighlighted, in the theme's plain colours and the highlighted block's layout: what a code block shows
 * while Prism's chunk is on its way.
 */
function PlainCodeBlock(props: StringProps): ReactNode {
  const { prism } = useThemeConfig();
  const { plain } = usePrismTheme();
  const metadata = createCodeBlockMetadata({
    code: props.children,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
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

/**
 * A code block highlighted by Prism, which only pages that show code load. A fenced block in Markdown comes with
 * its page's import of `./Highlighted` (see the prism-on-demand plugin) and renders it directly: highlighted HTML
 * from the server, hydrated as it is. Any other code block (a `<CodeBlock>` in a React page) fetches it on first use
 * behind a Suspense boundary, showing the plain block meanwhile.
 */
export default function CodeBlockString({ highlightingPreloaded, ...props }: Props): ReactNode {
  const Highlighted = loadedHighlightedCodeBlock();
  if (highlightingPreloaded && Highlighted) {
    // No Suspense boundary when none is needed: React 19 sends a large one after the rest of the page, as a hidden
    // copy and a script that swaps it in, instead of inline.
    // eslint-disable-next-line react-hooks/static-components -- registered once: the same component on every render
    return <Highlighted {...props} />;
  }
  return (
    <Suspense fallback={<PlainCodeBlock {...props} />}>
      <HighlightedOnDemand {...props} />
    </Suspense>
  );
}
