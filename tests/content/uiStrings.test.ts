import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const siteDir = path.resolve(__dirname, '../..');
const hanCharacter = /\p{Script=Han}/u;
/** English strings that show Chinese on purpose (an example of searching in either language). */
const bilingualOnPurpose = new Set(['glossary.filter.placeholder']);

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '__tests__' ? [] : listFiles(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

/** Ids passed to <Translate id="..."> and translate({id: '...'}) in the site's source. */
function translationIdsInSource(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of listFiles(path.join(siteDir, 'src'), /\.tsx?$/)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /<Translate\s[^>]*?\bid="([^"]+)"|\btranslate\(\s*\{\s*id:\s*'([^']+)'/g,
    )) {
      ids.set(match[1] ?? match[2] ?? '', path.relative(siteDir, file));
    }
  }
  return ids;
}

const englishFiles = listFiles(path.join(siteDir, 'i18n/en'), /\.json$/);

describe('English UI strings', () => {
  const code = JSON.parse(readFileSync(path.join(siteDir, 'i18n/en/code.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

  it('translate every string id the source uses', () => {
    const missing = [...translationIdsInSource()]
      .filter(([id]) => !(id in code))
      .map(
        ([id, file]) =>
          `${file}: "${id}" has no entry in i18n/en/code.json (run npm run write-translations -- --locale en)`,
      );
    expect(missing).toEqual([]);
  });

  it.each(englishFiles.map((file) => path.relative(siteDir, file)))('%s is written in English', (file) => {
    const messages = JSON.parse(readFileSync(path.join(siteDir, file), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const untranslated = Object.entries(messages)
      .filter(([key, { message }]) => hanCharacter.test(message) && !bilingualOnPurpose.has(key))
      .map(([key, { message }]) => `${file}: "${key}" is still "${message}"`);
    expect(untranslated).toEqual([]);
  });
});

describe('Chinese UI strings', () => {
  // Docusaurus' own zh-Hans translations leave a few strings in English; the site translates those it shows.
  const themeDir = path.join(siteDir, 'node_modules/@docusaurus/theme-translations/locales/zh-Hans');
  const shown = ['theme-common.json'];
  const overrides = JSON.parse(readFileSync(path.join(siteDir, 'i18n/zh-Hans/code.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

  it.each(shown)(
    '%s: every message with words is Chinese, or translated in i18n/zh-Hans/code.json',
    (file) => {
      const messages = JSON.parse(readFileSync(path.join(themeDir, file), 'utf8')) as Record<string, string>;
      const english = Object.entries(messages)
        .filter(([key]) => !key.endsWith('___DESCRIPTION'))
        // Placeholders and punctuation only ("{authorName} - {nPosts}") need no translation.
        .filter(([, message]) => /[a-z]{2,}/i.test(message.replace(/\{\w+\}/g, '')))
        .filter(([key, message]) => !hanCharacter.test(overrides[key]?.message ?? message))
        .map(([key, message]) => `"${key}" is "${message}": add a Chinese message to i18n/zh-Hans/code.json`);
      expect(english).toEqual([]);
    },
  );
});
