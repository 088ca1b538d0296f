import type { Config } from '@docusaurus/types';
import remarkMath from 'remark-math';

import rehypeKatexStrict from '../plugins/rehype-katex-strict';
import rehypeTaskListA11y from '../plugins/rehype-task-list';

/**
 * Everything that makes a build fail instead of shipping a broken page. Shared by the site config and
 * the fixture sites that prove each rule (tests/build).
 */
export const strictBuildOptions = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // `## 召回率 {#recall}`: explicit ASCII anchors that survive translation (future.v4 turns this off by default).
    mdx1Compat: { headingIds: true },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
} satisfies Partial<Config>;

/**
 * Markdown plugins for docs, blog and pages alike: math is rendered by KaTeX at build time, or the build fails;
 * task-list checkboxes are marked as decoration.
 */
export const strictMarkdownPlugins = {
  remarkPlugins: [remarkMath],
  rehypePlugins: [rehypeKatexStrict, rehypeTaskListA11y],
};
