import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import HomepageEntryPoints, { homepageEntries } from '@site/src/components/HomepageEntryPoints';

import styles from './index.module.css';

/** The home page: what the knowledge base is, who it serves, and where to start. */
export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: 'AI 产品经理知识库' })}
      description={translate({
        id: 'home.meta.description',
        message:
          '面向 AI 产品经理的双语知识库：传统产品与 AI 产品的差异、机器学习术语、模型评估公式与计算器。',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">AI 产品经理知识库</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead">
              做 AI
              产品和做传统软件产品有什么不同？这里用中英双语讲清楚：需求从哪里来、产品怎样随数据成长、产品经理要懂哪些机器学习概念，以及怎样读懂一份模型评估报告。
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/intro">
              <Translate id="home.hero.start">从导读开始</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/glossary">
              <Translate id="home.hero.glossary">查术语</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/metrics">
              <Translate id="home.hero.metrics">算指标</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="audience" className="margin-bottom--lg">
          <Heading as="h2" id="audience">
            <Translate id="home.audience.title">写给谁</Translate>
          </Heading>
          <ul className={styles.audience}>
            <li>
              <Translate id="home.audience.transition">正从传统互联网产品转向 AI 产品的产品经理；</Translate>
            </li>
            <li>
              <Translate id="home.audience.partner">
                需要和算法、数据团队协作，却常被术语和指标卡住的产品与业务同事；
              </Translate>
            </li>
            <li>
              <Translate id="home.audience.engineer">
                想知道产品经理会怎样追问模型效果的工程师和数据科学家。
              </Translate>
            </li>
          </ul>
        </section>
        <section aria-labelledby="start-here">
          <Heading as="h2" id="start-here">
            <Translate id="home.entries.title">从这里进入</Translate>
          </Heading>
          <HomepageEntryPoints entries={homepageEntries} />
        </section>
      </main>
    </Layout>
  );
}
