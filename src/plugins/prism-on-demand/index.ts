import type { ThemeConfig } from '@docusaurus/theme-common';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { noPrismOnLoad, prismClientModule } from './prismClientModule';
import { prismComponentsFolder, prismLanguageFiles } from './prismLanguages';

export { validateOptions } from './options';
export { default as remarkPreloadHighlighting } from './remarkPreloadHighlighting';

/** The plugin's name, as Docusaurus reports it. */
export const PluginName = 'prism-on-demand';

/**
 * Keeps Prism out of the JavaScript every page loads. theme-classic imports Prism from a client module, which puts
 * prism-react-renderer (about 30 KB gzip) into main.js although few pages show code. This replaces that module
 * with an empty one, and bundles only the Prism languages configured. `src/theme/CodeBlock/Content/String` renders Prism's code block from a chunk of its own,
 * which `remarkPreloadHighlighting` makes part of every page whose Markdown has a fenced code block.
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
