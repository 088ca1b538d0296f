// @ts-check
// The navbar search box as the benches drive it in Chromium (playwright-core): focus it and wait until it is ready,
// type a query and time it to the first suggestion, clear it, and read where the search worker spent the query's
// time. Shared by scripts/bench.mjs and scripts/bench-scale.mjs.

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {{ms: number, startedAt: number}} TypedQuery ms from the keystroke to the first suggestion in the page
 *   (NaN if none came), and when the keystroke came (ms since the epoch, as `performance.timeOrigin + now()`)
 * @typedef {{name: string, at: number}} SearchMark a mark of the search worker (src/plugins/search/worker.ts)
 */

/** A suggestion with a highlighted word: the plugin's dropdown shows a result. */
const suggestion = '[role="listbox"] [role="option"] mark';

/**
 * Counts the page's requests in flight (its workers' included), from now on.
 * @param {Page} page
 * @returns {{quiet: (ms?: number, timeoutMs?: number) => Promise<void>}} `quiet` resolves once no request has been
 *   in flight for `ms` (Playwright's `networkidle` load state is reached once per navigation, so waiting for it again
 *   after a focus returns at once)
 */
export function trackRequests(page) {
  const inFlight = new Set();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return {
    async quiet(ms = 300, timeoutMs = 15_000) {
      const started = Date.now();
      let since = Date.now();
      while (Date.now() - since < ms) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `requests still in flight after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url())}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (inFlight.size > 0) since = Date.now();
      }
    },
  };
}

/** The box the reader sees: while the plugin's box takes over from the stand-in, both are in the page. */
const visibleBox = 'input.navbar__search-input:visible';

/**
 * Focuses the search box and waits until the plugin's box has taken over from the stand-in and fetched what focus
 * fetches (its code, the worker, the manifest), then for a quiet network (in which the worker warms up): the box as
 * a reader who clicks it and then types finds it.
 * @param {Page} page
 * @param {ReturnType<typeof trackRequests>} requests
 */
export async function focusSearchBox(page, requests) {
  await page.locator(visibleBox).focus();
  // The plugin's box sets its input up as a combobox once the worker has the manifest.
  await page.waitForFunction(() =>
    [...globalThis.document.querySelectorAll('input.navbar__search-input[role="combobox"]')].some(
      (input) => /** @type {HTMLElement} */ (input).offsetParent !== null,
    ),
  );
  await requests.quiet();
}

/**
 * Types `query` into the box the reader sees in one keystroke (as an input method commits a word) and resolves when
 * a suggestion shows it: the time until the first suggestion is in the page (a MutationObserver sees it).
 * @param {Page} page
 * @param {string} query
 * @param {number} [timeoutMs]
 * @returns {Promise<TypedQuery>}
 */
export function typeQuery(page, query, timeoutMs = 15_000) {
  return page.evaluate(
    ({ query, suggestion, timeoutMs }) =>
      new Promise((resolve) => {
        const doc = globalThis.document;
        const box = /** @type {HTMLInputElement | undefined} */ (
          [...doc.querySelectorAll('input.navbar__search-input')].find(
            (input) => /** @type {HTMLElement} */ (input).offsetParent !== null,
          )
        );
        if (!box) throw new Error('no visible search box');
        const started = performance.now();
        /** @param {number} ms */
        const finish = (ms) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms, startedAt: performance.timeOrigin + started });
        };
        const observer = new globalThis.MutationObserver(() => {
          if (doc.querySelector(suggestion)) finish(performance.now() - started);
        });
        observer.observe(doc.body, { childList: true, subtree: true });
        const timer = setTimeout(() => finish(Number.NaN), timeoutMs);
        const setValue = Object.getOwnPropertyDescriptor(globalThis.HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, suggestion, timeoutMs },
  );
}

/**
 * Empties the box and waits until its suggestions are gone.
 * @param {Page} page
 */
export async function clearQuery(page) {
  await page.locator(visibleBox).fill('');
  await page.waitForFunction((selector) => !globalThis.document.querySelector(selector), suggestion);
}

/**
 * The search worker's marks of its last query (`search:start` … `search:end`), as ms since the epoch.
 * @param {Page} page
 * @returns {Promise<SearchMark[]>}
 */
export async function lastSearchMarks(page) {
  for (const worker of page.workers()) {
    const marks = await worker.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((entry) => entry.name.startsWith('search:'))
        .map((entry) => ({
          name: entry.name.slice('search:'.length),
          at: performance.timeOrigin + entry.startTime,
        })),
    );
    if (marks.length > 0) return marks;
  }
  return [];
}

/**
 * Where a query's time went, from the keystroke to the first suggestion: the box handing the query to the worker,
 * the shards' round trip, running the queries, the result pages' round trip (with placing the matched words), and
 * the rest (the answer back to the page and the dropdown rendered). Phases the worker did not mark are left out.
 * @param {TypedQuery} typed
 * @param {SearchMark[]} marks
 * @returns {{phase: string, ms: number}[]}
 */
export function searchPhases(typed, marks) {
  const labels = /** @type {Record<string, string>} */ ({
    start: 'to the worker',
    shards: 'shards',
    run: 'queries',
    pages: 'result pages',
    end: 'ordering',
  });
  const phases = [];
  let previous = typed.startedAt;
  for (const { name, at } of marks) {
    phases.push({ phase: labels[name] ?? name, ms: at - previous });
    previous = at;
  }
  phases.push({ phase: 'answer rendered', ms: typed.startedAt + typed.ms - previous });
  return phases;
}
