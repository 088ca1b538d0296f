import type { LoadContext, Plugin } from '@docusaurus/types';
import searchLocal, {
  type ValidatedOptions,
} from '@easyops-cn/docusaurus-search-local/dist/server/server/index.js';

import { defaultCompactOptions } from '../../lib/search/compactIndex';

import { searchWorkerModule } from './workerModule';
import { writeShardedIndex } from './writeShardedIndex';

export { validateOptions } from './options';

/**
 * The search plugin (`@easyops-cn/docusaurus-search-local`: its box, its results page, its jieba-segmented lunr
 * index) with the index served in pieces: after the plugin writes its index, `postBuild` splits it into term
 * shards and page files (src/lib/search), and its search worker is replaced by one that fetches only the pieces a
 * query needs (./worker.ts). Same name, theme components and options as the plugin.
 */
export default function pluginSearch(context: LoadContext, options: ValidatedOptions): Plugin {
  const plugin = searchLocal(context, options);
  return {
    ...plugin,
    async postBuild(props) {
      await plugin.postBuild?.(props);
      await writeShardedIndex(props.outDir, defaultCompactOptions);
    },
    configureWebpack(config, isServer, utils, content) {
      const own = plugin.configureWebpack?.(config, isServer, utils, content) ?? {};
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance;
      return {
        ...own,
        plugins: [
          new NormalModuleReplacementPlugin(searchWorkerModule.original, searchWorkerModule.replacement),
        ],
      };
    },
  };
}
