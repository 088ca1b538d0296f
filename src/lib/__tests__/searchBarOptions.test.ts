import { describe, expect, it } from 'vitest';

import { hasSearchHighlight, searchBarShortcutOf, searchThemeModules } from '../searchBarOptions';

const plugin = `/site/node_modules/${searchThemeModules[0]}/dist/server/server/index.js`;
const wrapper = '/site/src/plugins/search/index.ts';

describe('searchBarShortcutOf', () => {
  it.each([
    { name: 'no search theme', themes: [], expected: { keymap: null, showHint: false } },
    { name: 'the plugin without options', themes: [plugin], expected: { keymap: 'mod+k', showHint: true } },
    {
      name: "the site's wrapper of it",
      themes: [[wrapper, {}]],
      expected: { keymap: 'mod+k', showHint: true },
    },
    {
      name: 'a keymap of its own',
      themes: [
        ['other-theme', {}],
        [plugin, { searchBarShortcutKeymap: 'ctrl+shift+f' }],
      ],
      expected: { keymap: 'ctrl+shift+f', showHint: true },
    },
    {
      name: 'the hint turned off',
      themes: [[plugin, { searchBarShortcutHint: false }]],
      expected: { keymap: 'mod+k', showHint: false },
    },
    {
      name: 'the shortcut turned off',
      themes: [[plugin, { searchBarShortcut: false }]],
      expected: { keymap: null, showHint: false },
    },
  ])('$name', ({ themes, expected }) => {
    expect(searchBarShortcutOf(themes)).toEqual(expected);
  });
});

describe('hasSearchHighlight', () => {
  it.each([
    ['', false],
    ['?q=recall', false],
    ['?_highlight=recall', true],
    ['?x=1&_highlight=%E5%8F%AC%E5%9B%9E&_highlight=rate', true],
  ])('%s → %s', (search, expected) => {
    expect(hasSearchHighlight(search)).toBe(expected);
  });
});
