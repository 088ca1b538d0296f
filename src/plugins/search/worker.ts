// The search worker, in place of the search plugin's own (swapped in by ./index.ts): the same `SearchWorker` with
// the same results, reading the sharded index (src/lib/search) instead of the plugin's one big file.
import * as Comlink from 'comlink';

import {
  language,
  searchIndexUrl,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import { processTreeStatusOfSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import { smartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import { sortSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import { tokenize } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize';

import { pageFile, searchIndexVersion, shardFile, type SearchManifest } from '@site/src/lib/search/format';
import { ShardedIndex, type SearchResult } from '@site/src/lib/search/shardedIndex';

const indexes = new Map<string, Promise<ShardedIndex>>();
const inFlight = new Map<string, Promise<SearchResult[]>>();
let warmingUp: Promise<void> | undefined;

/** Same-origin JSON, or an error naming the file. */
async function loadJson(url: string): Promise<unknown> {
  if (new URL(url, location.origin).origin !== location.origin)
    throw new Error(`search index: ${url} is not on this site`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
  return response.json();
}

function indexFor(baseUrl: string, searchContext: string): Promise<ShardedIndex> {
  const key = `${baseUrl}${searchContext}`;
  let index = indexes.get(key);
  if (!index) {
    const manifestUrl = `${baseUrl}${searchIndexUrl.replace('{dir}', searchContext ? `-${searchContext.replace(/\//g, '-')}` : '')}`;
    index = loadJson(manifestUrl).then(
      (manifest) => new ShardedIndex(manifest, (file) => loadJson(`${baseUrl}${file}`)),
    );
    index.catch(() => indexes.delete(key)); // the next focus tries again
    indexes.set(key, index);
  }
  return index;
}

/**
 * User Timing marks of the last search, in order (`search:start`, `search:shards`, `search:run`, `search:pages`,
 * `search:end`), so the bench (and DevTools) can tell where a query's time goes: the shards' round trip, the
 * queries, the result pages' round trip.
 */
const searchMarks = ['start', 'shards', 'run', 'pages', 'end'] as const;
type SearchPhase = (typeof searchMarks)[number];
function mark(name: SearchPhase): void {
  if (name === 'start') for (const each of searchMarks) performance.clearMarks(`search:${each}`);
  performance.mark(`search:${name}`);
}

/**
 * A tiny index held in memory (a Chinese and an English term, one page) that `fetchIndexes` searches once while the
 * reader has not typed yet, so the first real query does not also pay for compiling the code it runs.
 */
function warmUpIndex(pipeline: readonly string[]): ShardedIndex {
  const manifest: SearchManifest = {
    version: searchIndexVersion,
    dir: '',
    pipeline,
    shards: [''],
    pages: [1],
  };
  const files = new Map<string, unknown>([
    [
      shardFile(manifest, 0),
      [
        ['recal', [[1, 1000]]],
        ['召回', [[1, 1000]]],
      ],
    ],
    [pageFile(manifest, 1), [[{ i: 1, t: '召回 recall', u: '/' }], [], [], [], []]],
  ]);
  return new ShardedIndex(manifest, (file) => Promise.resolve(structuredClone(files.get(file))));
}

async function warmUp(pipeline: readonly string[]): Promise<void> {
  const index = warmUpIndex(pipeline);
  for (const query of ['召回率', 'recall']) await searchIn(index, query, 8);
}

async function searchIn(
  index: ShardedIndex,
  input: string,
  limit: number,
  phase: (name: SearchPhase) => void = () => undefined,
): Promise<SearchResult[]> {
  const rawTokens = tokenize(input, language);
  if (rawTokens.length === 0) return [];
  const ranges = index.termRanges(rawTokens);
  await index.loadRanges(ranges);
  phase('shards');
  const queries = smartQueries(rawTokens, index.zhDictionary(ranges));
  let found = index.run(queries, ranges, limit);
  // Too few results: the most common words keep only their best postings in a shard; fetch the rest and rerun.
  if (found.length < limit) {
    const words = queries.flatMap((query) => query.term.map((clause) => index.stem(clause.value)));
    if (await index.loadTails(words)) found = index.run(queries, ranges, limit);
  }
  phase('run');
  const results = await index.exactNamesFirst(await index.withDocuments(found), input);
  phase('pages');
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  phase('end');
  return results;
}

export class SearchWorker {
  /**
   * Called when the box gets focus: fetches only the manifest (a few hundred bytes), then, without making the box
   * wait, runs two queries on a tiny index in memory, in the time before the reader's first key.
   */
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    const index = await indexFor(baseUrl, searchContext);
    warmingUp ??= warmUp(index.pipeline);
  }

  /**
   * The results for `input`. The box's autocomplete asks twice for the first query it shows (once as the text
   * changes, once as its menu opens for the first time); the second ask gets the first one's answer.
   */
  search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]> {
    const key = JSON.stringify([baseUrl, searchContext, input, limit]);
    let searching = inFlight.get(key);
    if (!searching) {
      mark('start');
      searching = indexFor(baseUrl, searchContext).then((index) => searchIn(index, input, limit, mark));
      inFlight.set(key, searching);
      const done = () => inFlight.delete(key);
      searching.then(done, done);
    }
    return searching;
  }
}

Comlink.expose(SearchWorker);
