import { describe, expect, it } from 'vitest';

import { i18n } from '../../../docusaurus.config';
import { formatUpdateDate, updateDateLocales } from '../updateDate';

const day = 24 * 60 * 60 * 1000;

describe('formatUpdateDate', () => {
  it.each(updateDateLocales)('writes every day of 2023–2028 in %s as Intl.DateTimeFormat does', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, {
      calendar: 'gregory',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2029, 0, 1); time += day) {
      // A time late in the UTC day: the date is the UTC one, whatever the machine's time zone.
      const at = time + 23 * 60 * 60 * 1000;
      expect(formatUpdateDate(at, locale)).toBe(intl.format(new Date(at)));
    }
  });

  it('has a format for every locale of the site', () => {
    expect([...updateDateLocales].sort()).toEqual([...i18n.locales].sort());
  });

  it('names the locale it cannot write', () => {
    expect(() => formatUpdateDate(0, 'ja')).toThrow(
      'src/lib/updateDate.ts: no date format for the locale "ja" (it has zh-Hans, en)',
    );
  });
});
