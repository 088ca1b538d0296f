// Types for the parts of @easyops-cn/docusaurus-search-local that the sharded index wraps or reuses: its plugin
// (the package types only its options) and the client helpers its search worker is made of.

declare module '@easyops-cn/docusaurus-search-local/dist/server/server/index.js' {
  import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
  import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';

  export type ValidatedOptions = Required<Pick<PluginOptions, 'language' | 'searchResultLimits'>> &
    PluginOptions;
  export default function searchLocal(context: LoadContext, options: ValidatedOptions): Plugin;
  export function validateOptions(
    context: OptionValidationContext<PluginOptions, ValidatedOptions>,
  ): ValidatedOptions;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  export const language: string[];
  export const searchIndexUrl: string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize' {
  export function tokenize(text: string, language: string[]): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries' {
  import type { SmartQuery } from '@site/src/lib/search/shardedIndex';

  export function smartQueries(tokens: string[], zhDictionary: string[]): SmartQuery[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults' {
  import type { SearchResult } from '@site/src/lib/search/shardedIndex';

  export function sortSearchResults(results: SearchResult[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults' {
  import type { SearchResult } from '@site/src/lib/search/shardedIndex';

  export function processTreeStatusOfSearchResults(results: SearchResult[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js' {
  import type lunr from 'lunr';

  import type { SearchDocument } from '@site/src/lib/search/format';

  export interface BuildIndexOptions {
    language: string[];
    removeDefaultStopWordFilter: string[];
    removeDefaultStemmer: boolean;
    zhUserDict?: string;
    zhUserDictPath?: string;
  }
  /** One lunr index per document type; JSON.stringify gives the plugin's `search-index.json`. */
  export function buildIndex(
    documents: readonly (readonly SearchDocument[])[],
    options: BuildIndexOptions,
  ): { documents: SearchDocument[]; index: lunr.Index }[];
}
