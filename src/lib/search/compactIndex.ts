import { createHash } from 'node:crypto';

import {
  compareTerms,
  documentTypeCount,
  pageFile,
  searchIndexVersion,
  shardFile,
  tailFile,
  type PageFile,
  type Postings,
  type SearchDocument,
  type SearchManifest,
  type ShardEntry,
  type TailFile,
} from './format';

/** One of the search plugin's indexes as it writes them (`search-index.json` is a list of five). */
export interface PluginIndex {
  readonly documents: readonly SearchDocument[];
  readonly index: {
    readonly invertedIndex: readonly (readonly [
      string,
      { readonly _index: number } & Record<string, unknown>,
    ])[];
    readonly fieldVectors: readonly (readonly [string, readonly number[]])[];
    readonly pipeline: readonly string[];
  };
}

export interface CompactOptions {
  /** Folder name the files go in, below the locale's base URL; a content hash is added to it. */
  readonly dir: string;
  /** A shard is closed once its JSON passes this many characters (one term may make it longer). */
  readonly shardSize: number;
  /** Postings a term keeps in its shard, per document type, highest scores first; the rest go to a tail file. */
  readonly headPostings: number;
}

export const defaultCompactOptions: CompactOptions = {
  dir: 'search-index',
  shardSize: 12_000,
  headPostings: 300,
};

export interface CompactIndex {
  readonly manifest: SearchManifest;
  /** Files to write, by path relative to the locale's output folder (the manifest not included). */
  readonly files: ReadonlyMap<string, string>;
}

interface Posting {
  readonly doc: number;
  readonly score: number;
}

/** `[doc, score, …]` with ascending documents as differences, scores × 1000. */
function encode(postings: readonly Posting[]): Postings {
  if (postings.length === 0) return 0;
  const sorted = [...postings].sort((a, b) => a.doc - b.doc);
  const out: number[] = [];
  let previous = 0;
  for (const { doc, score } of sorted) {
    out.push(doc - previous, Math.round(score * 1000));
    previous = doc;
  }
  return out;
}

function trimTrailingAbsent(list: Postings[]): Postings[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === 0) end -= 1;
  return list.slice(0, end);
}

/** The `t`-field postings of every term of one plugin index, with the BM25 weights from its document vectors. */
function postingsOf(pluginIndex: PluginIndex, type: number): Map<string, Posting[]> {
  const weights = new Map<string, Map<number, number>>();
  for (const [fieldRef, elements] of pluginIndex.index.fieldVectors) {
    const byTerm = new Map<number, number>();
    for (let k = 0; k < elements.length; k += 2) byTerm.set(elements[k] as number, elements[k + 1] as number);
    weights.set(fieldRef, byTerm);
  }
  const result = new Map<string, Posting[]>();
  for (const [term, posting] of pluginIndex.index.invertedIndex) {
    const field = posting.t as Record<string, unknown> | undefined;
    if (!field) continue;
    const list: Posting[] = [];
    for (const ref of Object.keys(field)) {
      const score = weights.get(`t/${ref}`)?.get(posting._index);
      if (score === undefined) {
        throw new Error(
          `search index, type ${type}: term "${term}" has no weight in the vector of document ${ref}`,
        );
      }
      list.push({ doc: Number(ref), score });
    }
    if (list.length > 0) result.set(term, list);
  }
  return result;
}

/**
 * Turns the search plugin's five lunr indexes into the served format (format.ts): term shards split by term range,
 * tails for the most common terms, one file per page. Scores are lunr's own, so a query scores as it would on the
 * whole index. Pure: returns what to write.
 */
export function compactIndex(pluginIndexes: readonly PluginIndex[], options: CompactOptions): CompactIndex {
  if (pluginIndexes.length !== documentTypeCount) {
    throw new Error(
      `search index: expected ${documentTypeCount} document types, got ${pluginIndexes.length}`,
    );
  }
  const pipelines = new Set(pluginIndexes.map((entry) => JSON.stringify(entry.index.pipeline)));
  if (pipelines.size !== 1)
    throw new Error(`search index: document types use different pipelines: ${[...pipelines]}`);

  const perType = pluginIndexes.map((entry, type) => postingsOf(entry, type));
  const terms = [...new Set(perType.flatMap((map) => [...map.keys()]))].sort(compareTerms);

  // By name within the folder: the format's file names with an empty folder, so they are written in one place.
  const inFolder = { dir: '' };
  const contents = new Map<string, string>();
  const shardFirstTerms: string[] = [];
  let shard: ShardEntry[] = [];
  let shardLength = 0;
  let tails = 0;
  const closeShard = () => {
    if (shard.length === 0) return;
    contents.set(shardFile(inFolder, shardFirstTerms.length - 1), JSON.stringify(shard));
    shard = [];
    shardLength = 0;
  };

  for (const term of terms) {
    const heads: Postings[] = [];
    const rest: Postings[] = [];
    for (const map of perType) {
      const all = map.get(term) ?? [];
      const byScore = [...all].sort((a, b) => b.score - a.score || a.doc - b.doc);
      heads.push(encode(byScore.slice(0, options.headPostings)));
      rest.push(encode(byScore.slice(options.headPostings)));
    }
    const tail = trimTrailingAbsent(rest);
    let entry: ShardEntry = [term, trimTrailingAbsent(heads)];
    if (tail.length > 0) {
      contents.set(tailFile(inFolder, tails), JSON.stringify(tail satisfies TailFile));
      entry = [term, entry[1], tails];
      tails += 1;
    }
    const length = JSON.stringify(entry).length + 1;
    if (shard.length === 0) shardFirstTerms.push(shardFirstTerms.length === 0 ? '' : term);
    shard.push(entry);
    shardLength += length;
    if (shardLength >= options.shardSize) closeShard();
  }
  closeShard();
  if (shardFirstTerms.length === 0) {
    shardFirstTerms.push('');
    contents.set(shardFile(inFolder, 0), '[]');
  }

  // Pages: every document goes with the page it belongs to (titles, descriptions and keywords are the page's id).
  const pages = new Map<number, SearchDocument[][]>();
  const pageOf = (doc: SearchDocument, type: number) => (type === 0 ? doc.i : doc.p);
  pluginIndexes.forEach(({ documents }, type) => {
    for (const doc of documents) {
      const page = pageOf(doc, type);
      if (page === undefined) throw new Error(`search index, type ${type}: document ${doc.i} names no page`);
      if (!pages.has(page))
        pages.set(
          page,
          Array.from({ length: documentTypeCount }, () => []),
        );
      pages.get(page)?.[type]?.push(doc);
    }
  });
  const pageIds = [...pages.keys()].sort((a, b) => a - b);
  for (const id of pageIds)
    contents.set(pageFile(inFolder, id), JSON.stringify(pages.get(id) satisfies PageFile | undefined));

  // The folder is named by what it holds, so a reader whose manifest predates a deploy never mixes two builds.
  const hash = createHash('sha256');
  for (const [name, text] of [...contents].sort(([a], [b]) => compareTerms(a, b)))
    hash.update(name).update(text);
  const dir = `${options.dir}/${hash.digest('hex').slice(0, 10)}/`;

  const manifest: SearchManifest = {
    version: searchIndexVersion,
    dir,
    pipeline: pluginIndexes[0]?.index.pipeline ?? [],
    shards: shardFirstTerms,
    pages: pageIds.map((id, k) => id - (k === 0 ? 0 : (pageIds[k - 1] as number))),
  };
  const files = new Map([...contents].map(([name, text]) => [`${dir}${name}`, text] as const));
  return { manifest, files };
}
