// Change: no original of this name; the original CodeBlock/Content/String unchanged, preceded by the Prism
// language setup that theme-classic's client module did on every page load. A chunk of its own, loaded only
// by code blocks that need Prism.
import OriginalString from '@theme-original/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock/Content/String';
import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';
import type { ComponentType } from 'react';

// What theme-classic's `prism-include-languages` client module did on every page load (the prism-on-demand plugin
// removes it), done once, by the first code block that needs Prism in the browser.
prismIncludeLanguages(Prism);

/** theme-classic's code block, highlighted by Prism in the browser: a chunk of its own, loaded on demand. */
const HighlightedCodeBlock: ComponentType<Props> = OriginalString;
export default HighlightedCodeBlock;
