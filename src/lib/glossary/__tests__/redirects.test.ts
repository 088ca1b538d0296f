import { describe, expect, it } from 'vitest';

import { nginxRedirectMap } from '../redirects';

describe('nginxRedirectMap', () => {
  it("puts every redirect under every locale's base URL, sorted", () => {
    expect(
      nginxRedirectMap(
        [
          { from: '/glossary/roc', to: '/glossary/roc-curve' },
          { from: '/glossary/ann', to: '/glossary/neural-network' },
        ],
        ['/', '/en/'],
      ),
    ).toBe(
      [
        '"/en/glossary/ann" "/en/glossary/neural-network";',
        '"/en/glossary/roc" "/en/glossary/roc-curve";',
        '"/glossary/ann" "/glossary/neural-network";',
        '"/glossary/roc" "/glossary/roc-curve";',
        '',
      ].join('\n'),
    );
  });

  it('writes the lines of locales that share a base URL once', () => {
    expect(nginxRedirectMap([{ from: '/glossary/ann', to: '/glossary/neural-network' }], ['/', '/'])).toBe(
      '"/glossary/ann" "/glossary/neural-network";\n',
    );
  });

  it('refuses what is not a plain path', () => {
    expect(() => nginxRedirectMap([{ from: '/a"; return 200 "x', to: '/b' }], ['/'])).toThrow(
      /expected a URL path/,
    );
    expect(() => nginxRedirectMap([{ from: '/a', to: '/b' }], ['https://elsewhere.example/'])).toThrow(
      /expected a URL path/,
    );
  });
});
