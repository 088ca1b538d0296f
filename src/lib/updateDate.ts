/**
 * The "last updated" date of a docs page, written as theme-classic writes it (`Intl.DateTimeFormat` with the
 * locale's Gregorian calendar, day, short month and year, in UTC), without `Intl`: creating that formatter took
 * about 30 ms of a phone's main thread during hydration (the README's performance section), for one date. A unit
 * test checks that both formats give what `Intl` gives, for every day of several years.
 */

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formats: Readonly<Record<string, (year: number, month: number, day: number) => string>> = {
  'zh-Hans': (year, month, day) => `${year}年${month + 1}月${day}日`,
  en: (year, month, day) => `${englishMonths[month]} ${day}, ${year}`,
};

/** The locales this module can write a date for. */
export const updateDateLocales = Object.keys(formats);

/** `timestamp` (milliseconds) as the date a docs page shows in `locale`; throws for a locale it has no format for. */
export function formatUpdateDate(timestamp: number, locale: string): string {
  const format = formats[locale];
  if (!format) {
    throw new Error(
      `src/lib/updateDate.ts: no date format for the locale "${locale}" (it has ${updateDateLocales.join(', ')}); ` +
        'add one that matches Intl.DateTimeFormat, as its unit test checks',
    );
  }
  const date = new Date(timestamp);
  return format(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
