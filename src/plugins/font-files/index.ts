import type { Plugin } from '@docusaurus/types';
import { getFileLoaderUtils } from '@docusaurus/utils';

/** The plugin's name, as Docusaurus reports it. */
export const PluginName = 'font-files';

const fontFile = 'font.woff2';

/**
 * Fonts stay files. Docusaurus inlines small assets as base64 (below its url-loader limit), which put most of
 * KaTeX's fonts into the stylesheet every page loads, math or not. As files, a browser fetches only the fonts a
 * page with math actually uses, and caches them.
 */
export default function pluginFontFiles(): Plugin {
  return {
    name: PluginName,
    configureWebpack(config, isServer) {
      const fileLoader = getFileLoaderUtils(isServer).loaders.file({ folder: 'fonts' });
      for (const rule of config.module?.rules ?? []) {
        if (rule && typeof rule === 'object' && rule.test instanceof RegExp && rule.test.test(fontFile)) {
          rule.use = [fileLoader];
        }
      }
      return {};
    },
  };
}
