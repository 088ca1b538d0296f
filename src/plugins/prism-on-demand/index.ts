import type { ThemeConfig } from '@docusaurus/theme-common';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { noPrismOnLoad, prismClientModule } from './prismClientModule';
import { prismComponentsFolder, prismLanguageFiles } from './prismLanguages';

export { validateOptions } from './options';
export { default as remarkCodeTokens } from './remarkCodeTokens';

/** The plugin's name, as Docusaurus reports it. */
export const PluginName = 'prism-on-demand';

/**
 * Keeps Prism out of the JavaScript pages load. theme-classic imports Prism from a client module, which puts
 * prism-react-renderer into main.js although few pages show code. This replaces that module
 * with an empty one, and bundles only the Prism languages configured. Markdown code blocks are tokenized at build
 * time (`remarkCodeTokens`) and rendered from their tokens by `src/theme/CodeBlock/Content/String`; only other code
 * blocks load Prism, on demand.
 */
export default function pluginPrismOnDemand(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as ThemeConfig;
  const additionalLanguages = prism?.additionalLanguages ?? [];
  return {
    name: PluginName,
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { ContextReplacementPlugin, NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(prismClientModule(), noPrismOnLoad),
          new ContextReplacementPlugin(prismComponentsFolder, prismLanguageFiles(additionalLanguages)),
        ],
      };
    },
  };
}
