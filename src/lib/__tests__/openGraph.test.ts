import { describe, expect, it } from 'vitest';

import { ogLocale } from '../openGraph';

describe('ogLocale', () => {
  it.each([
    ['zh-Hans', 'zh_CN'],
    ['zh-Hant', 'zh_TW'],
    ['zh-Hans-HK', 'zh_HK'],
    ['en', 'en_US'],
    ['en-GB', 'en_GB'],
    ['pt-PT', 'pt_PT'],
    ['fr', 'fr_FR'],
    ['es-419', 'es_419'],
    ['tlh', 'tlh'],
  ])('%s → %s', (lang, expected) => {
    expect(ogLocale(lang)).toBe(expected);
  });
});
