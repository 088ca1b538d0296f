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

import { ShardedIndex, type SearchResult } from '@site/src/lib/search/shardedIndex';

const indexes = new Map<string, Promise<ShardedIndex>>();
const inFlight = new Map<string, Promise<SearchResult[]>>();

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

export class SearchWorker {
  /** Called when the box gets focus: fetches only the manifest (a few hundred bytes). */
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    await indexFor(baseUrl, searchContext);
  }

  /**
   * The results for `input`. The box's autocomplete asks twice for the first query it shows (once as the text
   * changes, once as its menu opens for the first time); the second ask gets the first one's answer.
   */
  search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]> {
    const key = JSON.stringify([baseUrl, searchContext, input, limit]);
    let searching = inFlight.get(key);
    if (!searching) {
      searching = this.#search(baseUrl, searchContext, input, limit);
      inFlight.set(key, searching);
      const done = () => inFlight.delete(key);
      searching.then(done, done);
    }
    return searching;
  }

  async #search(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]> {
    const rawTokens = tokenize(input, language);
    if (rawTokens.length === 0) return [];
    const index = await indexFor(baseUrl, searchContext);
    const ranges = index.termRanges(rawTokens);
    await index.loadRanges(ranges);
    const queries = smartQueries(rawTokens, index.zhDictionary(ranges));
    let found = index.run(queries, ranges, limit);
    // Too few results: the most common words keep only their best postings in a shard; fetch the rest and rerun.
    if (found.length < limit) {
      const words = queries.flatMap((query) => query.term.map((clause) => index.stem(clause.value)));
      if (await index.loadTails(words)) found = index.run(queries, ranges, limit);
    }
    const results = await index.exactNamesFirst(await index.withDocuments(found), input);
    sortSearchResults(results);
    processTreeStatusOfSearchResults(results);
    return results;
  }
}

Comlink.expose(SearchWorker);
