// Change: wraps the original MDX components and adds RelatedTerms, SourceCitation, Term and TermPageHeader.
import MDXComponents from '@theme-original/MDXComponents';

import RelatedTerms from '@site/src/components/RelatedTerms';
import SourceCitation from '@site/src/components/SourceCitation';
import Term from '@site/src/components/Term';
import TermPageHeader from '@site/src/components/TermPageHeader';

/**
 * Components every MDX page may use without importing them. The glossary page imports its own (large) index,
 * so other pages do not carry it.
 */
export default {
  ...MDXComponents,
  RelatedTerms,
  SourceCitation,
  Term,
  TermPageHeader,
};
