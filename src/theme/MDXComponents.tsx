import MDXComponents from '@theme-original/MDXComponents';

import SourceCitation from '@site/src/components/SourceCitation';

/** Components every MDX page may use without importing them. */
export default {
  ...MDXComponents,
  SourceCitation,
};
