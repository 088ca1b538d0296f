/** A headers file without the one Content-Security-Policy line it must have, or with a malformed one. */
class SecurityHeadersFileError extends Error {
  /**
   * @param {string} file the file, relative to the repository
   * @param {string} problem what is wrong and what is expected
   */
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.name = 'SecurityHeadersFileError';
  }
}

const cspLine = /^\s*add_header\s+Content-Security-Policy\s+"([^"]+)"/gm;

/**
 * The Content-Security-Policy an nginx headers file sends (its one `add_header Content-Security-Policy "…"`
 * line), as directive name → sources.
 * @param {string} text the file's text
 * @param {string} file its name, for messages
 * @returns {Map<string, string[]>}
 */
export function policyOfNginxHeaders(text, file) {
  const values = [...text.matchAll(cspLine)].map((match) => match[1]);
  if (values.length !== 1) {
    throw new SecurityHeadersFileError(
      file,
      `expected exactly one line \`add_header Content-Security-Policy "…"\`, found ${values.length}`,
    );
  }
  const policy = new Map();
  for (const directive of values[0].split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    if (policy.has(name.toLowerCase())) {
      throw new SecurityHeadersFileError(
        file,
        `the policy names "${name}" twice; browsers ignore the second`,
      );
    }
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * The sources that allow scripts: script-src, or default-src when there is none (the CSP fallback).
 * @param {ReadonlyMap<string, readonly string[]>} policy
 * @returns {readonly string[]}
 */
export function scriptSources(policy) {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}
