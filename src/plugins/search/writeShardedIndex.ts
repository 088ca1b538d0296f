import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { compactIndex, type CompactOptions, type PluginIndex } from '../../lib/search/compactIndex';

/** The file the search plugin writes its index to, in each locale's output folder; it becomes the manifest. */
const pluginIndexFile = 'search-index.json';

/**
 * Replaces the search plugin's index in `outDir` with the sharded one (src/lib/search/format.ts): the manifest takes
 * the plugin's file name, so the URL and cache-busting hash the plugin's box asks for stay as they are.
 * Returns the number of files written, the manifest included.
 */
export async function writeShardedIndex(outDir: string, options: CompactOptions): Promise<number> {
  const indexPath = path.join(outDir, pluginIndexFile);
  let pluginIndexes: PluginIndex[];
  try {
    pluginIndexes = JSON.parse(await readFile(indexPath, 'utf8')) as PluginIndex[];
  } catch (error) {
    throw new Error(`search: cannot read the search plugin's index ${indexPath}`, { cause: error });
  }
  const { manifest, files } = compactIndex(pluginIndexes, options);
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(outDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([file, text]) => writeFile(path.join(outDir, file), text)));
  await writeFile(indexPath, JSON.stringify(manifest));
  return files.size + 1;
}
