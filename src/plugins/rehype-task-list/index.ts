import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * GitHub-style task lists (`- [ ] item`) render a disabled checkbox without a label. It is decoration (the
 * reader cannot tick it, and the list item says what to do), so it is hidden from assistive technology instead
 * of being announced as an unlabeled form field.
 */
export default function rehypeTaskListA11y() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox' && node.properties.disabled) {
        node.properties.ariaHidden = 'true';
      }
    });
  };
}
