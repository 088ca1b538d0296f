// Modules the glossary plugin points at its files (configureWebpack in ./index.ts).

declare module '@glossary/index-items' {
  import type { TermIndexItem } from '@site/src/lib/glossary/componentData';

  const items: readonly TermIndexItem[];
  export default items;
}

declare module '@glossary/server-index-items' {
  import type { TermIndexItem } from '@site/src/lib/glossary/componentData';

  /** The rows when rendering on the server; `null` in the browser. */
  const items: readonly TermIndexItem[] | null;
  export default items;
}
