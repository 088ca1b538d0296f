import type { Props } from '@theme/CodeBlock/Content/String';
import type { ComponentType } from 'react';

let highlighted: ComponentType<Props> | undefined;

/** Called once by `./Highlighted` when its chunk runs: from then on, code blocks render highlighted at once. */
export function registerHighlightedCodeBlock(component: ComponentType<Props>): void {
  highlighted = component;
}

/** The highlighted code block, if its chunk has already run (always, on a page whose Markdown has code). */
export function loadedHighlightedCodeBlock(): ComponentType<Props> | undefined {
  return highlighted;
}
