import OriginalString from '@theme-original/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock/Content/String';
import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';
import type { ComponentType } from 'react';

import { registerHighlightedCodeBlock } from './highlighterRegistry';

// What theme-classic's `prism-include-languages` client module did on every page load (the prism-on-demand plugin
// removes it), done once, by the first page that shows code.
prismIncludeLanguages(Prism);

/** theme-classic's code block, highlighted with Prism: the chunk only pages that show code load. */
const HighlightedCodeBlock: ComponentType<Props> = OriginalString;
registerHighlightedCodeBlock(HighlightedCodeBlock);
export default HighlightedCodeBlock;
