import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import type { AllContent } from '@docusaurus/types';

import type { LlmsDoc, LlmsSidebarItem } from '../../lib/llmsTxt';

/** What llms.txt and the Markdown pages need of the docs: every page of the current version, and the sidebar. */
export interface CollectedDocs {
  readonly docs: readonly LlmsDoc[];
  readonly sidebar: readonly LlmsSidebarItem[];
}

/** The docs plugin's package name, under which `allContent` holds its loaded content. */
const docsPluginName = 'docusaurus-plugin-content-docs';

/**
 * The docs of the version readers see first (the last version; `current` on an unversioned site) and one of its
 * sidebars, from what every plugin loaded; throws naming the plugin instance or sidebar that is missing.
 */
export function collectDocs(allContent: AllContent, docsPluginId: string, sidebarId: string): CollectedDocs {
  const instances = allContent[docsPluginName] ?? {};
  const content = instances[docsPluginId] as LoadedContent | undefined;
  if (!content) {
    throw new Error(
      `llms-txt: option "docsPluginId" names "${docsPluginId}", but the site has no such docs plugin instance (instances: ${Object.keys(instances).join(', ') || 'none'})`,
    );
  }
  const version = content.loadedVersions.find((each) => each.isLast) ?? content.loadedVersions[0];
  if (!version) throw new Error(`llms-txt: the docs plugin "${docsPluginId}" loaded no version`);
  const sidebar = version.sidebars[sidebarId];
  if (!sidebar) {
    throw new Error(
      `llms-txt: option "sidebarId" names "${sidebarId}", which the docs plugin "${docsPluginId}" does not have (sidebars: ${Object.keys(version.sidebars).join(', ') || 'none'})`,
    );
  }
  return {
    docs: version.docs.map(({ id, title, description, permalink }) => ({
      id,
      title,
      description,
      permalink,
    })),
    sidebar,
  };
}
