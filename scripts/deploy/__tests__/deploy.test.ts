import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { policyOfNginxHeaders, scriptSources } from '../contentSecurityPolicy.mjs';
import { executableInlineScripts, scriptHashSource } from '../inlineScripts.mjs';
import { precompressFiles } from '../precompress.mjs';
import { redirectedPaths } from '../redirectMap.mjs';
import { localSiteConf, securityHeadersWithoutCsp } from '../../nginxServer.mjs';

describe('executableInlineScripts', () => {
  it('hashes exactly the inline scripts a browser runs', () => {
    const html = [
      '<script>alert(1)</script>',
      '<script type=module>alert(1)</script>',
      '<script type="text/javascript">alert(1)</script>',
      '<script data-rh=true type=application/ld+json>{"@type":"Article"}</script>',
      '<script src=/assets/js/main.js defer></script>',
      '<script type="module" src="/a.js"></script>',
    ].join('\n');
    expect(executableInlineScripts(html)).toEqual([
      { hashSource: "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", excerpt: 'alert(1)' },
      { hashSource: "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", excerpt: 'alert(1)' },
      { hashSource: "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", excerpt: 'alert(1)' },
    ]);
  });

  it('hashes the text as it is, whitespace included (as browsers do)', () => {
    expect(scriptHashSource(' alert(1)')).not.toBe(scriptHashSource('alert(1)'));
    expect(executableInlineScripts('<script>\n  go()\n</script>')[0]?.hashSource).toBe(
      scriptHashSource('\n  go()\n'),
    );
  });
});

describe('policyOfNginxHeaders', () => {
  const file = 'deploy/nginx/security-headers.conf';

  it('reads the directives of the one CSP line', () => {
    const policy = policyOfNginxHeaders(
      `# comment\nadd_header X-Content-Type-Options "nosniff" always;\nadd_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'self' https:" always;\n`,
      file,
    );
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-abc='"]],
      ['frame-ancestors', ["'self'", 'https:']],
    ]);
    expect(scriptSources(policy)).toEqual(["'self'", "'sha256-abc='"]);
  });

  it('falls back to default-src for scripts, as browsers do', () => {
    expect(
      scriptSources(policyOfNginxHeaders(`add_header Content-Security-Policy "default-src 'self'";`, file)),
    ).toEqual(["'self'"]);
  });

  it('names the file and the problem when the line is missing, doubled or repeats a directive', () => {
    expect(() =>
      policyOfNginxHeaders('add_header X-Frame-Options DENY;', file),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SecurityHeadersFileError: deploy/nginx/security-headers.conf: expected exactly one line \`add_header Content-Security-Policy "…"\`, found 0]`,
    );
    const line = `add_header Content-Security-Policy "default-src 'self'";\n`;
    expect(() => policyOfNginxHeaders(line + line, file)).toThrow(/found 2/);
    expect(() =>
      policyOfNginxHeaders(
        `add_header Content-Security-Policy "script-src 'self'; script-src 'none'";`,
        file,
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SecurityHeadersFileError: deploy/nginx/security-headers.conf: the policy names "script-src" twice; browsers ignore the second]`,
    );
  });
});

describe('redirectedPaths', () => {
  it('reads the from paths of the redirect map, and names the line it cannot read', () => {
    const map = '"/en/glossary/ann" "/en/glossary/neural-network";\n"/glossary/roc" "/glossary/roc-curve";\n';
    expect([...redirectedPaths(map, 'build/.nginx/redirects.map')]).toEqual([
      '/en/glossary/ann',
      '/glossary/roc',
    ]);
    expect(() => redirectedPaths('"/a" "/b";\n/c /d;\n', 'build/.nginx/redirects.map')).toThrow(
      'build/.nginx/redirects.map:2: not a line of an nginx map ("from" "to";): /c /d;',
    );
  });
});

describe('precompressFiles', () => {
  it('writes a gzip twin that decodes to the original, with its modification time, and skips what does not shrink', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const text = path.join(dir, 'page.html');
    const noise = path.join(dir, 'noise.js');
    writeFileSync(text, '<p>召回率 recall</p>\n'.repeat(200));
    writeFileSync(noise, randomBytes(4096));
    const summary = await precompressFiles([text, noise]);
    expect(summary.files).toBe(1);
    expect(gunzipSync(readFileSync(`${text}.gz`)).equals(readFileSync(text))).toBe(true);
    // Servers send Last-Modified in whole seconds.
    const seconds = (file: string) => Math.floor(statSync(file).mtimeMs / 1000);
    expect(seconds(`${text}.gz`)).toBe(seconds(text));
    expect(summary.gzipBytes).toBe(statSync(`${text}.gz`).size);
    expect(() => statSync(`${noise}.gz`)).toThrow(/ENOENT/);
  });
});

describe('localSiteConf', () => {
  it('is deploy/nginx/ai-pm-handbook.conf with the local build, headers and embed origins folder and port', () => {
    const conf = localSiteConf('/tmp/some-build', 41234);
    expect(conf).not.toMatch(/\/srv\/ai-pm-handbook|\/etc\/nginx\/ai-pm-handbook|listen\s+(\[::\]:)?80;/);
    expect(conf).toContain('root /tmp/some-build;');
    expect(conf).toContain('include /tmp/some-build/.nginx/redirects.map;');
    expect(conf).toMatch(/listen 127\.0\.0\.1:41234;/);
    expect(conf).toMatch(/include \/\S+\/deploy\/nginx\/security-headers\.conf;/);
    expect(conf).toMatch(/include \/\S+\/deploy\/nginx\/embed-origins\.conf;/);
  });

  it('includes the headers and embed origins from another folder when given one', () => {
    const conf = localSiteConf('/tmp/some-build', 41234, '/tmp/nginx-conf');
    expect(conf).toContain('include /tmp/nginx-conf/security-headers.conf;');
    expect(conf).toContain('include /tmp/nginx-conf/embed-origins.conf;');
    expect(conf).not.toContain('deploy/nginx');
  });
});

describe('securityHeadersWithoutCsp', () => {
  const headersFile = path.join(__dirname, '../../../deploy/nginx/security-headers.conf');
  const headers = readFileSync(headersFile, 'utf8');
  const headerNames = (text: string) =>
    [...text.matchAll(/^\s*add_header\s+(\S+)/gm)].map((match) => match[1]);

  it('leaves out the Content-Security-Policy of deploy/nginx and keeps every other header', () => {
    const withoutCsp = securityHeadersWithoutCsp(headers);
    expect(headerNames(headers)).toContain('Content-Security-Policy');
    expect(headerNames(withoutCsp)).toEqual(
      headerNames(headers).filter((name) => name !== 'Content-Security-Policy'),
    );
  });

  it.each([
    { name: 'no policy line', text: 'add_header X-Content-Type-Options "nosniff" always;\n', found: 0 },
    {
      name: 'two policy lines',
      text: 'add_header Content-Security-Policy "default-src \'self\'" always;\n'.repeat(2),
      found: 2,
    },
  ])('fails when the file has $name', ({ text, found }) => {
    expect(() => securityHeadersWithoutCsp(text)).toThrowError(
      `deploy/nginx/security-headers.conf: expected one \`add_header Content-Security-Policy ...;\` line to leave out, found ${found}`,
    );
  });
});
