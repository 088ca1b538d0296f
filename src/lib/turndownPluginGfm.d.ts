// Types for the parts of @joplin/turndown-plugin-gfm that the Markdown pages use (the package ships none).

declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';

  /** GFM pipe tables; a table Markdown cannot express (lists or code blocks in cells) is kept as HTML. */
  export const tables: TurndownService.Plugin;
  /** `<del>`, `<s>` and `<strike>` as `~~text~~`. */
  export const strikethrough: TurndownService.Plugin;
}
