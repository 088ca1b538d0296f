import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** One sidebar, in the order a newcomer reads the site top to bottom. */
const sidebars: SidebarsConfig = {
  handbook: ['intro', 'about-source'],
};

export default sidebars;
