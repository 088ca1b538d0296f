import { themes, type PrismTheme } from 'prism-react-renderer';

/** Replaces token colours of a Prism theme, keeping its layout and every other style. */
function withColours(theme: PrismTheme, colours: Readonly<Record<string, string>>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((style) => {
      const replacement = style.types.map((type) => colours[type]).find(Boolean);
      return replacement ? { ...style, style: { ...style.style, color: replacement } } : style;
    }),
  };
}

/**
 * Prism's GitHub and Dracula themes with the token colours that fall below WCAG AA (4.5:1 against the code
 * background) darkened or lightened just enough: GitHub's comments, numbers, properties, strings, keywords and
 * tags measured 2.6 to 4.3; Dracula's comments 3.0.
 */
export const lightCodeTheme = withColours(themes.github, {
  comment: '#6a6a5a',
  string: '#c80f5f',
  property: '#1b7c7a',
  atrule: '#0077a3',
  function: '#b8283a',
});

export const darkCodeTheme = withColours(themes.dracula, { comment: '#9aa5ce' });
