import lunr from 'lunr';

import { foldName } from '../glossary/names';

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

/** Fetches and parses one file of the index, by path relative to the locale's base URL. */
export type LoadJson = (path: string) => Promise<unknown>;

/** A closed range of terms, `[from, to]` in `compareTerms` order. */
export type TermRange = readonly [from: string, to: string];

/** One clause of a query, as the search plugin's `smartQueries` builds it. */
export interface QueryClause {
  readonly value: string;
  readonly presence?: lunr.Query.presence;
  readonly wildcard?: lunr.Query.wildcard;
  readonly editDistance?: number;
}

export interface SmartQuery {
  readonly tokens: readonly string[];
  readonly term: readonly QueryClause[];
}

/** A result in the shape the search plugin's box and page render. */
export interface SearchResult {
  document: SearchDocument;
  type: number;
  page: SearchDocument | false | undefined;
  metadata: Record<string, Record<string, { position?: [number, number][] }>>;
  tokens: readonly string[];
  score: number;
}

const ideograph = /\p{Unified_Ideograph}/u;

/**
 * The order document types are searched in, each filling the results before the next: page titles, then keywords
 * (a glossary term's names and aliases in every language), then headings, descriptions and paragraphs. The plugin
 * searches keywords after headings and descriptions, so an alias such as 真正例率 found the page whose description
 * mentions it before the term it names.
 */
const searchOrder = [0, 3, 1, 2, 4] as const;
const rangeEnd = '\uffff';

interface LoadedTerm {
  readonly head: readonly Postings[];
  readonly tail?: number;
  rest?: readonly Postings[];
}

function decode(postings: Postings | undefined): { doc: number; score: number }[] {
  if (!postings) return [];
  const out: { doc: number; score: number }[] = [];
  let doc = 0;
  for (let k = 0; k < postings.length; k += 2) {
    doc += postings[k] as number;
    out.push({ doc, score: (postings[k + 1] as number) / 1000 });
  }
  return out;
}

/**
 * The queries without their finished English stop words. The index has no stop words ("on" is dropped from
 * "On-Device AI"), so such a word can only match other words that stem to it ("ones" → "on"), and the plugin, which
 * tries the query with them first, filled the results with those before trying it without. A stop word still being
 * typed (a trailing wildcard) stays: "on" may become "online".
 */
export function withoutStopWords(queries: readonly SmartQuery[]): SmartQuery[] {
  const seen = new Set<string>();
  return queries.flatMap((query) => {
    const term = query.term.filter(
      (clause) =>
        clause.wildcard === lunr.Query.wildcard.TRAILING ||
        lunr.stopWordFilter(new lunr.Token(clause.value, {})) !== undefined,
    );
    const key = JSON.stringify(term);
    if (term.length === 0 || seen.has(key)) return [];
    seen.add(key);
    return [{ tokens: query.tokens, term }];
  });
}

/**
 * Adds a query's clauses to a lunr query as `run` searches them: a one-letter word is taken as itself, without a
 * wildcard or a typo (either would match a large part of the index).
 */
function addClauses(query: lunr.Query, term: readonly QueryClause[]): void {
  for (const clause of term) {
    const oneLetter = !ideograph.test(clause.value) && [...clause.value].length < 2;
    query.term(clause.value, {
      wildcard: oneLetter ? lunr.Query.wildcard.NONE : clause.wildcard,
      presence: clause.presence,
      ...(clause.editDistance && !oneLetter ? { editDistance: clause.editDistance } : null),
    });
  }
}

/** A clause of a lunr query as lunr fills it in (its typings leave out `presence`). */
type LunrClause = lunr.Query.Clause & { readonly presence?: lunr.Query.presence };

/** A node of lunr's token set automaton (its typings leave out the fields). */
interface TokenSetNode {
  readonly final: boolean;
  readonly edges: Readonly<Record<string, TokenSetNode>>;
}

/** lunr's `TokenSet.fromClause`, which its typings leave out. */
const tokenSets = lunr.TokenSet as unknown as { fromClause(clause: lunr.Query.Clause): TokenSetNode };

/**
 * Whether lunr's intersection of the index's terms with a clause's token set keeps `term`: a path through the
 * clause's automaton that reads the term one UTF-16 unit at a time (a `*` edge reads any) and ends on a final node.
 */
function accepts(node: TokenSetNode, term: string, at = 0): boolean {
  if (at === term.length) return node.final;
  const exact = node.edges[term.charAt(at)];
  if (exact && accepts(exact, term, at + 1)) return true;
  const any = node.edges['*'];
  return any !== undefined && accepts(any, term, at + 1);
}

/** Whether some value is in every one of the sets. */
function haveCommonMember(sets: readonly Set<number>[]): boolean {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  for (const value of smallest ?? []) if (others.every((set) => set.has(value))) return true;
  return false;
}

const inRanges = (term: string, ranges: readonly TermRange[]) =>
  ranges.some(([from, to]) => compareTerms(term, from) >= 0 && compareTerms(term, to) <= 0);

/**
 * The served index (format.ts) seen from the search worker: fetches the shards a query needs, builds lunr indexes
 * over just the terms the query can match, and runs the plugin's queries on them. The scores are the ones lunr
 * stored at build time, so a query ranks as it would on the whole index, with two documented exceptions: a typo is
 * corrected only after the third letter of a longer word (the second of a shorter one), and a one-letter word is not taken as a prefix.
 */
export class ShardedIndex {
  readonly #manifest: SearchManifest;
  readonly #load: LoadJson;
  readonly #pipeline: lunr.Pipeline;
  readonly #pageIds: readonly number[];
  readonly #shards = new Map<number, Promise<void>>();
  readonly #terms = new Map<string, LoadedTerm>();
  readonly #pages = new Map<number, Promise<PageFile>>();
  readonly #tails = new Map<number, Promise<void>>();

  constructor(manifest: unknown, load: LoadJson) {
    const candidate = manifest as Partial<SearchManifest> | null;
    if (candidate?.version !== searchIndexVersion || !Array.isArray(candidate.shards)) {
      throw new Error(
        `search index: manifest version ${String(candidate?.version)} is not the version ${searchIndexVersion} this site reads`,
      );
    }
    this.#manifest = candidate as SearchManifest;
    this.#load = load;
    this.#pipeline = lunr.Pipeline.load([...this.#manifest.pipeline]);
    let id = 0;
    this.#pageIds = this.#manifest.pages.map((delta) => (id += delta));
  }

  /**
   * The term ranges a query's tokens can match, so only their shards are fetched:
   * - a run of Chinese characters: every term that starts with one of its characters (the plugin cuts the run into
   *   the index's words, and a word can start at any of them);
   * - a word of four or more letters: every term that starts with its first three, or with its stem (covering the
   *   prefix a reader is still typing and a typo after the third letter); of two or three letters, its first two;
   * - a single letter: that term alone (a one-letter prefix would fetch a twentieth of the index).
   */
  termRanges(tokens: readonly string[]): TermRange[] {
    const ranges: TermRange[] = [];
    for (const token of tokens) {
      const letters = [...token];
      if (ideograph.test(token)) {
        for (const char of new Set(letters)) ranges.push([char, char + rangeEnd]);
      } else if (letters.length >= 2) {
        const prefix = letters.slice(0, letters.length >= 4 ? 3 : 2).join('');
        ranges.push([prefix, prefix + rangeEnd]);
        // The stemmer may cut into the prefix ("ties" → "ti").
        const stem = this.stem(token);
        if (!stem.startsWith(prefix)) ranges.push([stem, stem + rangeEnd]);
      } else if (token !== '') {
        ranges.push([token, token]);
      }
    }
    return ranges;
  }

  /** Shards whose term range meets `[from, to]`. */
  #shardsFor([from, to]: TermRange): number[] {
    const firsts = this.#manifest.shards;
    const last = (term: string) => {
      // The last shard whose first term is at or before `term`.
      let low = 0;
      let high = firsts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (compareTerms(firsts[middle] as string, term) <= 0) low = middle;
        else high = middle - 1;
      }
      return low;
    };
    const start = last(from);
    const end = last(to);
    return Array.from({ length: end - start + 1 }, (_, k) => start + k);
  }

  #loadShard(shard: number): Promise<void> {
    let loading = this.#shards.get(shard);
    if (!loading) {
      loading = this.#load(shardFile(this.#manifest, shard)).then((entries) => {
        for (const [term, head, tail] of entries as ShardEntry[]) {
          this.#terms.set(term, tail === undefined ? { head } : { head, tail });
        }
      });
      loading.catch(() => this.#shards.delete(shard)); // a later query tries again
      this.#shards.set(shard, loading);
    }
    return loading;
  }

  /** The names of the search pipeline's functions, as the manifest gives them. */
  get pipeline(): readonly string[] {
    return this.#manifest.pipeline;
  }

  /** Fetches every shard the ranges need (each once per visit). */
  async loadRanges(ranges: readonly TermRange[]): Promise<void> {
    const shards = new Set(ranges.flatMap((range) => this.#shardsFor(range)));
    await Promise.all([...shards].map((shard) => this.#loadShard(shard)));
  }

  /**
   * Fetches the rest of the postings of the loaded terms among `terms` that have more than their shard holds; returns
   * whether any were fetched.
   */
  async loadTails(terms: Iterable<string>): Promise<boolean> {
    const wanted = [...new Set(terms)]
      .map((term) => this.#terms.get(term))
      .filter((entry): entry is LoadedTerm & { tail: number } => entry?.tail !== undefined && !entry.rest);
    await Promise.all(
      wanted.map((entry) => {
        let loading = this.#tails.get(entry.tail);
        if (!loading) {
          loading = this.#load(tailFile(this.#manifest, entry.tail)).then((rest) => {
            entry.rest = rest as TailFile;
          });
          loading.catch(() => this.#tails.delete(entry.tail));
          this.#tails.set(entry.tail, loading);
        }
        return loading;
      }),
    );
    return wanted.length > 0;
  }

  /** The query pipeline's form of a word (lunr's stemmer): the form terms are stored in. */
  stem(word: string): string {
    return this.#pipeline.runString(word)[0] ?? word;
  }

  /** Loaded terms in the ranges, in index order. */
  #termsIn(ranges: readonly TermRange[]): string[] {
    return [...this.#terms.keys()].filter((term) => inRanges(term, ranges)).sort(compareTerms);
  }

  /**
   * The Chinese words of the index that the ranges hold, in the order the plugin lists its dictionary (document
   * type, then term), which decides how it cuts a run of characters into words.
   */
  zhDictionary(ranges: readonly TermRange[]): string[] {
    const words = new Set<string>();
    const terms = this.#termsIn(ranges).filter((term) => ideograph.test(term[0] ?? ''));
    for (let type = 0; type < documentTypeCount; type += 1) {
      for (const term of terms) if (this.#postings(term, type).length > 0) words.add(term);
    }
    return [...words];
  }

  #postings(term: string, type: number): { doc: number; score: number }[] {
    const entry = this.#terms.get(term);
    if (!entry) return [];
    return [...decode(entry.head[type]), ...decode(entry.rest?.[type])];
  }

  /** A lunr index of one document type over `terms` (in index order), loaded the way lunr loads its own. */
  #index(terms: readonly string[], type: number): lunr.Index {
    const invertedIndex: [string, { _index: number; t: Record<string, object> }][] = [];
    const vectors = new Map<number, number[]>();
    terms.forEach((term, termIndex) => {
      const postings = this.#postings(term, type);
      if (postings.length === 0) return;
      const field: Record<string, object> = {};
      for (const { doc, score } of postings) {
        field[doc] = {};
        let elements = vectors.get(doc);
        if (!elements) vectors.set(doc, (elements = []));
        elements.push(termIndex, score);
      }
      invertedIndex.push([term, { _index: termIndex, t: field }]);
    });
    return lunr.Index.load({
      version: lunr.version,
      fields: ['t'],
      fieldVectors: [...vectors].map(([doc, elements]) => [`t/${doc}`, elements]),
      invertedIndex,
      pipeline: [...this.#manifest.pipeline],
    });
  }

  /**
   * The documents of a document type that have one of `terms` (loaded terms), kept in `known` by type and terms: the
   * plugin's queries are combinations of the same few words.
   */
  #documentsWith(terms: readonly string[], type: number, known: Map<string, Set<number>>): Set<number> {
    const key = JSON.stringify([type, terms]);
    let documents = known.get(key);
    if (!documents) {
      documents = new Set<number>();
      for (const term of terms) for (const { doc } of this.#postings(term, type)) documents.add(doc);
      known.set(key, documents);
    }
    return documents;
  }

  /**
   * For each clause of a query, the terms among `terms` it matches, as lunr matches them (through the search
   * pipeline, then its token set: wildcards, edit distance); undefined for a clause that is not required or that the
   * pipeline leaves nothing of, which lunr may pass over.
   */
  #requiredMatches(term: readonly QueryClause[], terms: readonly string[]): (string[] | undefined)[] {
    const query = new lunr.Query(['t']);
    addClauses(query, term);
    return (query.clauses as LunrClause[]).map((clause) => {
      if (clause.presence !== lunr.Query.presence.REQUIRED) return undefined;
      const forms = clause.usePipeline ? this.#pipeline.runString(clause.term) : [clause.term];
      if (forms.length === 0) return undefined;
      const sets = forms.map((form) => tokenSets.fromClause({ ...clause, term: form }));
      return terms.filter((candidate) => sets.some((set) => accepts(set, candidate)));
    });
  }

  /**
   * Runs the queries as the search plugin's worker does (each query over every document type, until `limit` results,
   * but with keywords right after titles: see `searchOrder`), over the terms in `ranges`. Returns document ids, types and lunr's matches.
   */
  run(
    queries: readonly SmartQuery[],
    ranges: readonly TermRange[],
    limit: number,
  ): { doc: number; type: number; tokens: readonly string[]; score: number; matched: string[] }[] {
    const terms = this.#termsIn(ranges);
    // Built per document type when a query first needs it.
    const indexes: (lunr.Index | undefined)[] = [];
    const documents = new Map<string, Set<number>>();
    const results: {
      doc: number;
      type: number;
      tokens: readonly string[];
      score: number;
      matched: string[];
    }[] = [];
    const seen = new Set<string>();
    search: for (const { term, tokens } of withoutStopWords(queries)) {
      const required = this.#requiredMatches(term, terms);
      for (const type of searchOrder) {
        // lunr only finds documents that every required clause matches: when none does, it is not asked.
        const sets = required.flatMap((matched) =>
          matched ? [this.#documentsWith(matched, type, documents)] : [],
        );
        if (sets.length > 0 && !haveCommonMember(sets)) continue;
        const index = (indexes[type] ??= this.#index(terms, type));
        const matches = index.query((query) => addClauses(query, term)).slice(0, limit);
        for (const match of matches) {
          // The plugin drops a document found again by a later query or in a later type (titles, descriptions and
          // keywords share their page's id).
          if (seen.has(match.ref)) continue;
          if (results.length >= limit) break;
          seen.add(match.ref);
          results.push({
            doc: Number(match.ref),
            type,
            tokens,
            score: match.score,
            matched: Object.keys(match.matchData.metadata),
          });
        }
        if (results.length >= limit) break search;
      }
    }
    return results;
  }

  /** The id of the page a document belongs to (pages own the ids from theirs to the next page's). */
  pageOf(doc: number): number {
    let low = 0;
    let high = this.#pageIds.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#pageIds[middle] as number) <= doc) low = middle;
      else high = middle - 1;
    }
    return this.#pageIds[low] as number;
  }

  #loadPage(page: number): Promise<PageFile> {
    let loading = this.#pages.get(page);
    if (!loading) {
      loading = this.#load(pageFile(this.#manifest, page)) as Promise<PageFile>;
      loading.catch(() => this.#pages.delete(page));
      this.#pages.set(page, loading);
    }
    return loading;
  }

  /**
   * Results in the plugin's shape: each with its document and its page's title document (fetched with the page, one
   * file per page) and the positions of the matched words in its text, for highlighting.
   */
  async withDocuments(
    found: readonly {
      doc: number;
      type: number;
      tokens: readonly string[];
      score: number;
      matched: string[];
    }[],
  ): Promise<SearchResult[]> {
    const pages = new Map<number, PageFile>();
    await Promise.all(
      [...new Set(found.map(({ doc }) => this.pageOf(doc)))].map(async (page) =>
        pages.set(page, await this.#loadPage(page)),
      ),
    );
    return found.flatMap(({ doc, type, tokens, score, matched }) => {
      const page = pages.get(this.pageOf(doc));
      const document = page?.[type]?.find((candidate) => candidate.i === doc);
      if (!page || !document) return [];
      const metadata: SearchResult['metadata'] = {};
      for (const term of matched) metadata[term] = { t: { position: this.positionsOf(document.t, term) } };
      // The plugin's highlighter needs one position to start from; a match it cannot place starts the text.
      const first = matched[0];
      if (first && Object.values(metadata).every((fields) => fields.t?.position?.length === 0)) {
        metadata[first] = { t: { position: [[0, 0]] } };
      }
      return [{ document, type, page: type !== 0 && page[0]?.[0], metadata, tokens, score }];
    });
  }

  /**
   * Results whose page is named exactly what was typed first (its title, or one of a glossary term's names and
   * aliases in its keywords, compared case- and spacing-insensitively), in their order, then the rest: "recommender"
   * is an alias of the recommender-system term, though it stems like "recommendation" in another term's title.
   * Titles and keywords first, then a page's other results.
   */
  async exactNamesFirst(results: readonly SearchResult[], input: string): Promise<SearchResult[]> {
    const typed = foldName(input);
    const exact = new Set<number>();
    for (const result of results) {
      if (result.type !== 0 && result.type !== 3) continue;
      const page = await this.#loadPage(this.pageOf(result.document.i));
      const names = [
        ...(page[0] ?? []).map((title) => title.t),
        ...(page[3] ?? []).flatMap((keywords) => keywords.t.split(/,\s*/)),
      ];
      if (names.some((name) => foldName(name) === typed)) exact.add(result.document.i);
    }
    const first = (result: SearchResult) =>
      (result.type === 0 || result.type === 3) && exact.has(result.document.i);
    return [...results.filter(first), ...results.filter((result) => !first(result))];
  }

  /** Where `term` (as the index stores it) occurs in `text`: `[start, length]` pairs. */
  positionsOf(text: string, term: string): [number, number][] {
    const lower = text.toLowerCase();
    const positions: [number, number][] = [];
    if (ideograph.test(term)) {
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
        positions.push([at, term.length]);
      }
      return positions;
    }
    // The plugin's tokenizer indexes `recall_score` as itself and as `recall` and `score`.
    for (const match of lower.matchAll(/\w+/g)) {
      const parts = match[0].includes('_') ? [match, ...match[0].matchAll(/[^_]+/g)] : [match];
      for (const part of parts) {
        const start = part === match ? match.index : match.index + part.index;
        if (this.stem(part[0]) === term) positions.push([start, part[0].length]);
      }
    }
    return positions;
  }
}
