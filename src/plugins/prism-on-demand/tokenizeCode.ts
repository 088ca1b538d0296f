import { normalizeTokens, Prism } from 'prism-react-renderer';

import type { CodeToken, CodeTokens } from '../../lib/codeTokens';

/**
 * Tokenizes code as prism-react-renderer's `Highlight` does in the browser (same Prism, same hooks, same
 * normalisation), once, at build time. A language Prism does not know gives plain tokens, as in the browser.
 */
export function tokenizeCode(code: string, language: string): CodeTokens {
  const name = language.toLowerCase();
  const grammar = Prism.languages[name];
  let tokens: (string | Prism.Token)[] = [code];
  if (grammar) {
    const env = { code, grammar, language: name, tokens: [] as (string | Prism.Token)[] };
    Prism.hooks.run('before-tokenize', env);
    env.tokens = Prism.tokenize(code, grammar);
    Prism.hooks.run('after-tokenize', env);
    tokens = env.tokens;
  }
  const lines = normalizeTokens(tokens).map((line) =>
    line.map(({ types, content, empty }): CodeToken => (empty ? [types, content, true] : [types, content])),
  );
  return { language: name, lines };
}
