// Stands in for theme-classic's `prism-include-languages` client module. Prism and the extra languages are set up
// by `src/theme/CodeBlock/Content/Highlighted.tsx`, in the chunk that only pages with a code block load.
export {};
