import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

import { glossaryCategories } from './src/lib/glossary';
import { loadValidGlossary } from './src/plugins/glossary/loadGlossary';

/** Sidebar labels of the glossary's categories (English ones are in i18n/en/.../current.json). */
const glossaryCategoryLabels = {
  paradigms: '学习范式与应用领域',
  architectures: '模型架构',
  data: '数据与特征',
  recommendation: '推荐系统',
  evaluation: '模型评估',
  product: '产品方法',
} as const satisfies Record<(typeof glossaryCategories)[number], string>;

const terms = loadValidGlossary(__dirname);

/** One sidebar, in the order a newcomer reads the site top to bottom. */
const sidebars: SidebarsConfig = {
  handbook: [
    'intro',
    'about-source',
    {
      type: 'category',
      label: '术语表',
      link: { type: 'doc', id: 'glossary/index' },
      collapsed: true,
      items: glossaryCategories.map((category) => ({
        type: 'category' as const,
        label: glossaryCategoryLabels[category],
        collapsed: true,
        items: terms.filter((term) => term.category === category).map((term) => `glossary/${term.id}`),
      })),
    },
    'link-and-embed',
  ],
};

export default sidebars;
