/** The search plugin whose navbar search box is loaded on demand, and this site's theme that wraps it. */
export const searchThemeModules = ['@easyops-cn/docusaurus-search-local', '/src/plugins/search/'];

/** What the navbar search box shows and answers to before the search plugin's code is loaded. */
export interface SearchBarShortcut {
  /** The keyboard shortcut that focuses the search box (`mod+k`), or null when the shortcut is off. */
  readonly keymap: string | null;
  /** Whether the shortcut is shown in the empty search box. */
  readonly showHint: boolean;
}

// The plugin's own defaults (its validateOptions): shortcut and hint on, Ctrl/⌘+K.
const defaults = { searchBarShortcut: true, searchBarShortcutHint: true, searchBarShortcutKeymap: 'mod+k' };

/**
 * The search box's shortcut as the site configures it, read from the `themes` of the site config the client
 * receives, with the plugin's defaults. No search theme configured: no shortcut.
 */
export function searchBarShortcutOf(themes: readonly unknown[]): SearchBarShortcut {
  for (const theme of themes) {
    const [name, options] = Array.isArray(theme) ? theme : [theme, {}];
    if (typeof name !== 'string' || !searchThemeModules.some((module) => name.includes(module))) continue;
    const settings = { ...defaults, ...(typeof options === 'object' && options !== null ? options : {}) };
    const keymap = settings.searchBarShortcut ? String(settings.searchBarShortcutKeymap) : null;
    return { keymap, showHint: keymap !== null && Boolean(settings.searchBarShortcutHint) };
  }
  return { keymap: null, showHint: false };
}

/** The name of the query parameter that carries the words to highlight on a page opened from a search result. */
const highlightParam = '_highlight';

/** Whether a page was opened from a search result and should highlight the words searched for. */
export function hasSearchHighlight(search: string): boolean {
  return new URLSearchParams(search).has(highlightParam);
}
