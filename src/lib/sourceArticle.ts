/**
 * The article this site is built from. Its title and address are kept here, as data, and rendered by
 * <SourceCitation>, so every page cites it the same way and the prose never has to repeat it.
 */
export const sourceArticle = {
  title: '从吴恩达观点深度剖析传统与 AI 产品经理的本质差异',
  /** Our own rendering of the title, for readers of other locales. */
  titleTranslations: {
    en: 'The essential differences between traditional and AI product managers, in the light of Andrew Ng’s views',
  } as Readonly<Record<string, string>>,
  author: '佳简几何',
  authorUrl: 'https://www.woshipm.com/u/1530875',
  publication: '人人都是产品经理',
  publicationDomain: 'woshipm.com',
  published: '2025-01-26',
  url: 'https://www.woshipm.com/it/6173277.html',
} as const;
