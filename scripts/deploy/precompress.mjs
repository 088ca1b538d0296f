import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * Writes `file.gz` (gzip level 9) beside each file, with the original's modification time so a server's
 * gzip_static sends the same Last-Modified either way. Files that do not shrink get no twin.
 * @param {readonly string[]} files absolute paths
 * @returns {Promise<{ files: number, rawBytes: number, gzipBytes: number }>} what was written
 */
export async function precompressFiles(files) {
  const summary = { files: 0, rawBytes: 0, gzipBytes: 0 };
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const data = await readFile(file);
      const compressed = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
      if (compressed.length >= data.length) continue;
      await writeFile(`${file}.gz`, compressed);
      const { atime, mtime } = await stat(file);
      await utimes(`${file}.gz`, atime, mtime);
      summary.files += 1;
      summary.rawBytes += data.length;
      summary.gzipBytes += compressed.length;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return summary;
}
