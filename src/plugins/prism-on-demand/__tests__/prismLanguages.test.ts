import { describe, expect, it } from 'vitest';

import { prismComponentsFolder, prismLanguageFiles } from '../prismLanguages';

// Keys as the bundler lists the files of prismjs/components: with and without extension, and the folder itself.
const files = [
  './',
  './index',
  './index.js',
  './prism-php',
  './prism-php.js',
  './prism-phpdoc.js',
  './prism-rust',
];

describe('prismLanguageFiles', () => {
  it.each([
    { languages: [], bundled: [] },
    { languages: ['php'], bundled: ['./prism-php', './prism-php.js'] },
    { languages: ['php', 'rust'], bundled: ['./prism-php', './prism-php.js', './prism-rust'] },
  ])('$languages → $bundled', ({ languages, bundled }) => {
    const pattern = prismLanguageFiles(languages);
    expect(files.filter((file) => pattern.test(file))).toEqual(bundled);
  });

  it('names the folder theme-classic requires languages from, on any platform', () => {
    expect(prismComponentsFolder.test('/site/node_modules/prismjs/components')).toBe(true);
    expect(prismComponentsFolder.test('C:\\site\\node_modules\\prismjs\\components')).toBe(true);
    expect(prismComponentsFolder.test('/site/node_modules/prismjs/components/prism-php.js')).toBe(false);
  });
});
