import path from 'node:path';

/**
 * The search plugin's worker module (its theme's `worker.js`, loaded by its `searchByWorker.js` with
 * `new Worker(new URL('./worker.js', import.meta.url))`) and the one that takes its place.
 */
export const searchWorkerModule = {
  original:
    /@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]worker\.js$/,
  replacement: path.join(__dirname, 'worker.ts'),
};
