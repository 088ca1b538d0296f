import { createHash } from 'node:crypto';

/**
 * An inline `<script>` of a page that a browser runs.
 * @typedef {{ hashSource: string, excerpt: string }} InlineScript
 *   hashSource: `'sha256-…'` as written in a Content-Security-Policy; excerpt: its first characters, for messages
 */

// Types a browser executes; anything else (application/ld+json, …) is a data block CSP does not govern.
const executableTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const attribute = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** @param {string} source the attributes part of a start tag */
function attributesOf(source) {
  const attributes = new Map();
  for (const match of source.matchAll(attribute)) {
    attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * The hash source CSP expects for an inline script: sha256 of its exact text, base64.
 * @param {string} text
 */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Every inline script of an HTML document that a browser would execute (no `src`, an executable type).
 * @param {string} html
 * @returns {InlineScript[]}
 */
export function executableInlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(scriptElement)) {
    const attributes = attributesOf(match[1]);
    if (attributes.has('src')) continue;
    if (!executableTypes.has((attributes.get('type') ?? '').trim().toLowerCase())) continue;
    scripts.push({ hashSource: scriptHashSource(match[2]), excerpt: match[2].trim().slice(0, 60) });
  }
  return scripts;
}
