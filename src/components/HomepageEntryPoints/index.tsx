import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** One card on the home page: where it leads and why a reader would go there. */
export interface EntryPoint {
  readonly to: string;
  readonly title: ReactNode;
  readonly description: ReactNode;
}

/** Props of {@link HomepageEntryPoints}. */
export interface HomepageEntryPointsProps {
  readonly entries: readonly EntryPoint[];
}

/** The grid of entry points on the home page. */
export default function HomepageEntryPoints({ entries }: HomepageEntryPointsProps): ReactNode {
  return (
    <ul className={styles.grid}>
      {entries.map((entry) => (
        <li key={entry.to} className={styles.card}>
          <Link to={entry.to} className={styles.link}>
            <span className={styles.title}>{entry.title}</span>
          </Link>
          <p className={styles.description}>{entry.description}</p>
        </li>
      ))}
    </ul>
  );
}

/** The entry points the home page shows, in reading order. */
export const homepageEntries: readonly EntryPoint[] = [
  {
    to: '/intro',
    title: <Translate id="home.entry.intro.title">导读</Translate>,
    description: (
      <Translate id="home.entry.intro.description">
        这个知识库讲什么、适合谁读、按什么顺序读最省时间。
      </Translate>
    ),
  },
  {
    to: '/themes',
    title: <Translate id="home.entry.themes.title">六个主题</Translate>,
    description: (
      <Translate id="home.entry.themes.description">
        需求、设计、工作重心、技术、流程、新能力：传统产品经理与 AI 产品经理逐项对照。
      </Translate>
    ),
  },
  {
    to: '/cases',
    title: <Translate id="home.entry.cases.title">案例</Translate>,
    description: (
      <Translate id="home.entry.cases.description">
        推荐信息流、智能客服、车险定损、电商推荐调优、企业服务：问题、数据、模型、指标与结果。
      </Translate>
    ),
  },
  {
    to: '/metrics',
    title: <Translate id="home.entry.metrics.title">模型评估</Translate>,
    description: (
      <Translate id="home.entry.metrics.description">
        准确率、精确率、召回率、F1、ROC 与 AUC、MSE 与 R²：公式、算例，以及可以动手的计算器。
      </Translate>
    ),
  },
  {
    to: '/playbook',
    title: <Translate id="home.entry.playbook.title">实践手册</Translate>,
    description: (
      <Translate id="home.entry.playbook.description">
        模型生命周期、算法选型、能力边界、与算法团队协作：每一步该问什么、交付什么。
      </Translate>
    ),
  },
  {
    to: '/glossary',
    title: <Translate id="home.entry.glossary.title">术语表</Translate>,
    description: (
      <Translate id="home.entry.glossary.description">
        产品经理常遇到的机器学习术语，一词一页，中英互通，链接可直接贴进团队 Wiki。
      </Translate>
    ),
  },
  {
    to: '/search',
    title: <Translate id="home.entry.search.title">搜索</Translate>,
    description: (
      <Translate id="home.entry.search.description">
        按中文名、英文名、缩写或别名查找，完全离线；在任何页面按 Ctrl+K 或 / 即可开始输入。
      </Translate>
    ),
  },
  {
    to: '/about-source',
    title: <Translate id="home.entry.source.title">关于原文</Translate>,
    description: (
      <Translate id="home.entry.source.description">
        本站依据的文章、它的主要论点和局限，以及本站在它之外补充了什么。
      </Translate>
    ),
  },
  {
    to: '/link-and-embed',
    title: <Translate id="home.entry.link.title">链接与嵌入</Translate>,
    description: (
      <Translate id="home.entry.link.description">
        在飞书、Confluence、Notion、Slack 里引用术语和段落，或用 JSON 数据源批量读取术语表。
      </Translate>
    ),
  },
];
