import path from 'node:path';

/** A pattern matching exactly one file, whichever path separator the platform uses. */
function exactPath(file: string): RegExp {
  const escaped = file.split(path.sep).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[\\\\/]')}$`);
}

/**
 * theme-classic's client module that sets up Prism (`themeConfig.prism.additionalLanguages`) on every page load.
 * Matched by resolved path, so the swizzlable `@theme/prism-include-languages` (in `lib/theme/`), which the
 * highlighted chunk still calls, is left alone.
 */
export function prismClientModule(): RegExp {
  return exactPath(require.resolve('@docusaurus/theme-classic/lib/prism-include-languages'));
}

/** What replaces it: a module that does nothing. */
export const noPrismOnLoad = path.join(__dirname, 'noPrismOnLoad.ts');
