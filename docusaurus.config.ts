import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';

import { darkCodeTheme, lightCodeTheme } from './src/config/codeThemes';
import { ssrTemplate } from './src/config/ssrTemplate';
import { strictMarkdownPlugins, strictBuildOptions } from './src/config/strictBuild';
import { createGlossary, type Glossary } from './src/plugins/glossary';
import type { LlmsTxtUserOptions } from './src/plugins/llmsTxt/options';
import remarkCodeTokens from './src/plugins/prism-on-demand/remarkCodeTokens';

// Deployments set SITE_URL (scheme + host) and BASE_URL (path, with slashes) without editing this file.
const siteUrl = process.env.SITE_URL ?? 'https://ai-pm-handbook.example.com';
const baseUrl = process.env.BASE_URL ?? '/';
// Docusaurus builds each locale with its own config; this is how <title> and meta follow the locale.
const isEnglish = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';

const siteDir = __dirname;

/** Locales: Simplified Chinese at `/`, English at `/en/`. Tests and scripts read them from here too. */
export const i18n = {
  defaultLocale: 'zh-Hans',
  locales: ['zh-Hans', 'en'],
  localeConfigs: {
    'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
    en: { label: 'English', htmlLang: 'en' },
  },
} satisfies Config['i18n'];

/** Where the docs live and are served; the glossary is a folder of them. */
const docsLocation = { path: 'docs', routeBasePath: '/' } as const;

/** The glossary: term files in docs/glossary (and their translations), validated once, wired in below. */
const glossaryOptions = {
  docsPath: docsLocation.path,
  routeBasePath: docsLocation.routeBasePath,
  dir: 'glossary',
  categories: [
    { id: 'paradigms', label: { 'zh-Hans': '学习范式与应用领域', en: 'Paradigms and application areas' } },
    { id: 'architectures', label: { 'zh-Hans': '模型架构', en: 'Model architectures' } },
    { id: 'data', label: { 'zh-Hans': '数据与特征', en: 'Data and features' } },
    { id: 'recommendation', label: { 'zh-Hans': '推荐系统', en: 'Recommender systems' } },
    { id: 'evaluation', label: { 'zh-Hans': '模型评估', en: 'Model evaluation' } },
    { id: 'generative-ai', label: { 'zh-Hans': '生成式 AI 与大模型', en: 'Generative AI and LLMs' } },
    { id: 'operations', label: { 'zh-Hans': '部署与运维', en: 'Deployment and operations' } },
    { id: 'responsible-ai', label: { 'zh-Hans': '可信与负责任的 AI', en: 'Responsible AI' } },
    { id: 'product', label: { 'zh-Hans': '产品方法', en: 'Product practice' } },
  ],
  relatedHeading: { 'zh-Hans': '相关术语', en: 'Related terms' },
  embedLabels: {
    'zh-Hans': { glossary: '术语表', readMore: '阅读完整词条' },
    en: { glossary: 'Glossary', readMore: 'Read the full entry' },
  },
  titleFormats: { 'zh-Hans': '{name}（{otherName}）' },
};

/** The site's glossary, loaded and validated; the config below wires it in, the content tests read it. */
export const loadSiteGlossary = (): Promise<Glossary> =>
  createGlossary({ siteDir, i18n, options: glossaryOptions });

/** For the assistants readers paste pages into: `/llms.txt`, `/en/llms.txt` and a `.md` twin of every docs page. */
const llmsTxtOptions = {
  sidebarId: 'handbook',
  topLevelTitle: { 'zh-Hans': '入门', en: 'Getting started' },
  details: {
    'zh-Hans':
      '本站是写给产品经理的 AI 知识库，分主题、案例、实践手册、模型评估和术语表几部分。每个文档页都有 Markdown 版本，地址是页面地址加 `.md`（例如 `/glossary/recall.md`），公式写成 LaTeX；下面每个链接都指向这样的文件，冒号后是该页的一句话说明。引用时请链接去掉 `.md` 的页面地址。英文版见 `/en/llms.txt`。',
    en: "A knowledge base on AI for product managers, in parts: themes, cases, a playbook, model evaluation and a glossary. Every docs page has a Markdown version at its address plus `.md` (for example `/en/glossary/recall.md`), with formulas in LaTeX; each link below points to one, followed by the page's one-line description. When you cite a page, link its address without `.md`. The Chinese original is at `/llms.txt`.",
  },
  sourceLine: { 'zh-Hans': '来源：{url}', en: 'Source: {url}' },
  optionalDocIds: ['about-source', 'link-and-embed'],
} satisfies LlmsTxtUserOptions;

/** Markdown plugins for docs, blog and pages: glossary data for <Term> and friends, code tokens, and math. */
const markdownPlugins = (glossary: Glossary) =>
  ({
    beforeDefaultRemarkPlugins: [glossary.remarkPlugin, remarkCodeTokens],
    ...strictMarkdownPlugins,
  }) satisfies Preset.Options['pages'];

const docsOptions = (glossary: Glossary) =>
  ({
    ...docsLocation,
    sidebarPath: './sidebars.ts',
    // Every page says when it last changed, from git (a term's definition is only as good as its date).
    showLastUpdateTime: true,
    sidebarItemsGenerator: glossary.sidebarItemsGenerator,
    ...markdownPlugins(glossary),
  }) satisfies Preset.Options['docs'];

const blogOptions = (glossary: Glossary) =>
  ({
    blogTitle: '博客',
    blogDescription: 'AI 产品经理知识库的发布说明与文章',
    blogSidebarTitle: '最近文章',
    showReadingTime: true,
    // One post so far: the archive page adds nothing, and its year headings skip a level (h1 → h3).
    archiveBasePath: null,
    onInlineAuthors: 'throw',
    onInlineTags: 'throw',
    onUntruncatedBlogPosts: 'throw',
    feedOptions: { type: ['rss', 'atom'], xslt: true },
    ...markdownPlugins(glossary),
  }) satisfies Preset.Options['blog'];

/** Offline search (easyops): jieba-segmented Chinese, English stemming, one index per locale, loaded on focus. */
const searchOptions = (glossary: Glossary) => ({
  hashed: true,
  language: ['en', 'zh'],
  indexDocs: true,
  indexBlog: true,
  indexPages: false,
  docsRouteBasePath: docsLocation.routeBasePath,
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
  searchResultLimits: 8,
  searchBarShortcutKeymap: 'mod+k',
  // Formulas and buttons are not words a reader searches for.
  ignoreCssSelectors: ['.katex', '.katex-display', '.search-ignore'],
  zhUserDict: glossary.jiebaUserDictionary,
});

const themeConfig = {
  image: 'img/social-card.png',
  colorMode: { respectPrefersColorScheme: true },
  docs: { sidebar: { hideable: true } },
  navbar: {
    title: 'AI 产品经理知识库',
    // Empty alt: the site's name is written right beside the logo, so the image adds nothing to read aloud.
    logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
    items: [
      { type: 'doc', docId: 'intro', position: 'left', label: '导读' },
      { type: 'doc', docId: 'themes/index', position: 'left', label: '主题' },
      { type: 'doc', docId: 'metrics/index', position: 'left', label: '模型评估' },
      { type: 'doc', docId: 'glossary/index', position: 'left', label: '术语表' },
      { to: '/blog', label: '博客', position: 'left' },
      { type: 'localeDropdown', position: 'right' },
    ],
  },
  footer: {
    style: 'dark',
    links: [
      {
        title: '阅读',
        items: [
          { label: '导读', to: '/intro' },
          { label: '关于原文', to: '/about-source' },
          { label: '术语表', to: '/glossary' },
          { label: '链接与嵌入', to: '/link-and-embed' },
        ],
      },
      {
        title: '动态',
        items: [{ label: '博客', to: '/blog' }],
      },
    ],
    copyright: '内容以 CC BY-SA 4.0 许可发布。本站不向任何第三方发送请求。',
  },
  prism: { theme: lightCodeTheme, darkTheme: darkCodeTheme },
} satisfies Preset.ThemeConfig;

/** The site's config; async because the glossary is loaded (and validated) before anything uses it. */
export default async function createConfig(): Promise<Config> {
  const glossary = await loadSiteGlossary();
  return {
    title: isEnglish ? 'AI PM Handbook' : 'AI 产品经理知识库',
    tagline: isEnglish
      ? 'From traditional to AI product management: concepts, methods and model evaluation'
      : '从传统产品到 AI 产品：概念、方法与模型评估',
    favicon: 'img/favicon.svg',
    url: siteUrl,
    baseUrl,
    trailingSlash: false,
    // The banner that explains a wrong baseUrl is an inline script in every page; the e2e suite checks the base
    // path instead, and the Content-Security-Policy then allows a single inline script per locale (deploy/nginx).
    baseUrlIssueBanner: false,
    // Bundles are requested after the first paint: see src/config/ssrTemplate.ts.
    ssrTemplate,

    future: { v4: true, faster: true },

    ...strictBuildOptions,
    markdown: { ...strictBuildOptions.markdown, parseFrontMatter: glossary.parseFrontMatter },

    i18n,

    presets: [
      [
        'classic',
        {
          docs: docsOptions(glossary),
          blog: blogOptions(glossary),
          pages: markdownPlugins(glossary),
          theme: {
            customCss: ['./src/css/custom.css', require.resolve('katex/dist/katex.min.css')],
          },
          sitemap: { lastmod: null, changefreq: null, priority: null },
        } satisfies Preset.Options,
      ],
    ],

    themes: [[require.resolve('./src/plugins/search/index.ts'), searchOptions(glossary)]],
    clientModules: [
      require.resolve('./src/clientModules/searchShortcut.ts'),
      require.resolve('./src/clientModules/routePrefetch.ts'),
    ],

    plugins: [
      require.resolve('./src/plugins/font-files/index.ts'),
      require.resolve('./src/plugins/prism-on-demand/index.ts'),
      // Each page lists its route's chunks beside the main bundle, so they arrive with it.
      require.resolve('./src/plugins/page-bundles/index.ts'),
      glossary.plugin,
      [require.resolve('./src/plugins/llmsTxt/index.ts'), llmsTxtOptions],
      // A 1200×630 preview card per page (og:image); term pages show the term's names, summary and category.
      [require.resolve('./src/plugins/socialCards/index.ts'), { content: glossary.cardContent }],
      // `SOURCE_MAPS=1 npm run build`: source maps of the browser bundles, so that scripts/profile-load.mjs names
      // modules instead of minified code. For profiling only; a deployed build has none. Without the bundler's
      // persistent cache, whose entries from builds without maps would give maps of a few chunks only.
      ...(process.env.SOURCE_MAPS === '1'
        ? [
            () => ({
              name: 'browser-source-maps',
              configureWebpack: (_config: unknown, isServer: boolean) =>
                isServer ? {} : { devtool: 'source-map' as const, cache: false },
            }),
          ]
        : []),
    ],

    themeConfig,
  };
}
