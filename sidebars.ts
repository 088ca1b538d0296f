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
      label: '六个主题',
      link: { type: 'doc', id: 'themes/index' },
      items: [
        'themes/user-insight',
        'themes/design-philosophy',
        'themes/work-focus',
        'themes/technical-requirements',
        'themes/workflow',
        'themes/new-capabilities',
      ],
    },
    {
      type: 'category',
      label: '案例',
      link: { type: 'doc', id: 'cases/index' },
      items: [
        'cases/recommendation-feeds',
        'cases/customer-service',
        'cases/car-insurance-claims',
        'cases/ecommerce-recommender-tuning',
        'cases/enterprise-ai',
      ],
    },
    {
      type: 'category',
      label: '模型评估',
      link: { type: 'doc', id: 'metrics/index' },
      items: ['metrics/classification', 'metrics/regression', 'metrics/ranking', 'metrics/cheatsheet'],
    },
    {
      type: 'category',
      label: '实践手册',
      link: { type: 'doc', id: 'playbook/index' },
      items: [
        'playbook/model-lifecycle',
        'playbook/choosing-algorithms',
        'playbook/capability-boundaries',
        'playbook/working-with-algorithm-teams',
      ],
    },
    {
      type: 'category',
      label: '术语表',
      link: { type: 'doc', id: 'glossary/index' },
      collapsed: true,
      items: glossaryCategories.map((category) => ({
        type: 'category' as const,
        // A key of its own: "模型评估" also names the model-evaluation section, and translation keys must differ.
        key: `glossary-${category}`,
        label: glossaryCategoryLabels[category],
        collapsed: true,
        items: terms.filter((term) => term.category === category).map((term) => `glossary/${term.id}`),
      })),
    },
    'link-and-embed',
  ],
};

export default sidebars;
