/**
 * The search index as the site serves it: a small manifest, term shards fetched by the words a query needs, and one
 * file per page with the text its results show. Written at build time from the search plugin's lunr indexes
 * (compactIndex.ts), read in the search worker (shardedIndex.ts). Types only.
 *
 * Why this shape: the plugin's own index is one file with every word's positions, every document's vector and every
 * paragraph's text, fetched whole before the first result. Here a query fetches the manifest, the shards that hold
 * the words it can match (a term range each) and the pages of the results it shows.
 */

/** Bump when the files change shape; the worker refuses a manifest it does not know. */
export const searchIndexVersion = 1;

/**
 * The plugin's five document types, in the order of its index list: page titles, headings, descriptions, keywords,
 * paragraphs. Each has its own lunr index with one field, `t`.
 */
export const documentTypeCount = 5;

/** A document as the plugin indexes it (`i` id, `t` text, `u` URL, `h` anchor, `p` its page's id, `s` section, `b` breadcrumb). */
export interface SearchDocument {
  readonly i: number;
  readonly t: string;
  readonly u: string;
  readonly h?: string;
  readonly p?: number;
  readonly s?: string;
  readonly b?: readonly string[];
}

/**
 * Postings of one term in one document type: `[doc, score, doc, score, …]`, documents ascending and each given as the
 * difference from the one before, scores as lunr's BM25 weight × 1000 (lunr rounds them to three decimals), or 0
 * when the term is not in that type.
 */
export type Postings = readonly number[] | 0;

/**
 * One term of a shard: the term, its postings per document type (trailing absent types left out), and, for a term in
 * so many documents that only its highest-scoring ones are kept here, the number of the file holding the rest.
 */
export type ShardEntry = readonly [term: string, postings: readonly Postings[], tail?: number];

/** A tail file: the rest of one term's postings, per document type, in the same encoding. */
export type TailFile = readonly Postings[];

/** A page file: the page's documents per document type. */
export type PageFile = readonly (readonly SearchDocument[])[];

export interface SearchManifest {
  readonly version: typeof searchIndexVersion;
  /** Folder of the shards, tails and pages, relative to the locale's base URL, ending in `/`. */
  readonly dir: string;
  /** The names of lunr's search pipeline functions, as the index was built with (e.g. `["stemmer"]`). */
  readonly pipeline: readonly string[];
  /** First term of each shard; shard `n` is `${dir}t${n}.json` and holds the terms from its first to the next's. */
  readonly shards: readonly string[];
  /** Ids of the pages (their title documents), ascending, each as the difference from the one before. */
  readonly pages: readonly number[];
}

export const shardFile = (manifest: Pick<SearchManifest, 'dir'>, shard: number) =>
  `${manifest.dir}t${shard}.json`;
export const tailFile = (manifest: Pick<SearchManifest, 'dir'>, tail: number) =>
  `${manifest.dir}x${tail}.json`;
export const pageFile = (manifest: Pick<SearchManifest, 'dir'>, page: number) =>
  `${manifest.dir}p${page}.json`;

/** The same order lunr's serialized inverted index uses: UTF-16 code units. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
