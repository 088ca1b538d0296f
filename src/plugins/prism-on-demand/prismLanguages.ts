/**
 * Which files of `prismjs/components` may be bundled: exactly the configured extra languages. theme-classic's own
 * pattern, `^./(prism-a|prism-b)$`, becomes `^./()$` without extra languages, which matches `./`, Prism's
 * `index.js`: its language loader, `components.js` and `dependencies.js` ended up bundled unused.
 */
export function prismLanguageFiles(additionalLanguages: readonly string[]): RegExp {
  if (additionalLanguages.length === 0) return /^(?!)/;
  const names = additionalLanguages.map((language) => language.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\./prism-(?:${names.join('|')})(?:\\.js)?$`);
}

/** The folder whose files `@theme/prism-include-languages` requires by a computed name. */
export const prismComponentsFolder = /prismjs[\\/]components$/;
