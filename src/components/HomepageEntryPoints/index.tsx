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
    to: '/about-source',
    title: <Translate id="home.entry.source.title">关于原文</Translate>,
    description: (
      <Translate id="home.entry.source.description">
        本站依据的文章、它的主要论点和局限，以及本站在它之外补充了什么。
      </Translate>
    ),
  },
  {
    to: '/blog',
    title: <Translate id="home.entry.blog.title">更新日志</Translate>,
    description: <Translate id="home.entry.blog.description">每次发布新增了哪些页面、术语和工具。</Translate>,
  },
];
