/**
 * Open Graph's locale form. OGP wants `language_TERRITORY` (`zh_CN`, `en_US`); Docusaurus writes the HTML lang with
 * an underscore (`zh_Hans`, `en`), which unfurlers (Facebook's, Feishu's, LinkedIn's) do not recognise. Pure.
 */

/** The territory a script subtag or a bare language is read as, where the lang names none. */
const defaultTerritory: Readonly<Record<string, string>> = {
  'zh-hans': 'CN',
  'zh-hant': 'TW',
  zh: 'CN',
  en: 'US',
  fr: 'FR',
  de: 'DE',
  es: 'ES',
  it: 'IT',
  pt: 'BR',
  ja: 'JP',
  ko: 'KR',
  ru: 'RU',
};

/**
 * The `og:locale` of an HTML lang (BCP 47): its region when it has one (`pt-PT` → `pt_PT`, `zh-Hans-HK` →
 * `zh_HK`), else the usual territory of its script or language (`zh-Hans` → `zh_CN`, `en` → `en_US`). An unknown
 * bare language is returned as it is, the most OGP lets a page say.
 */
export function ogLocale(htmlLang: string): string {
  const [language = '', ...rest] = htmlLang.split('-');
  const lower = language.toLowerCase();
  const region = rest.find((part) => /^(?:[a-z]{2}|\d{3})$/i.test(part));
  if (region) return `${lower}_${region.toUpperCase()}`;
  const script = rest.find((part) => /^[a-z]{4}$/i.test(part));
  const territory =
    (script && defaultTerritory[`${lower}-${script.toLowerCase()}`]) ?? defaultTerritory[lower];
  return territory ? `${lower}_${territory}` : lower;
}
