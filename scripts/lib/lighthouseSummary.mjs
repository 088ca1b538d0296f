// @ts-check
// What the bench reads from Lighthouse results: which runs failed, the median run, its figures and the audits
// that cost points. No IO; unit-tested in scripts/lib/__tests__/lighthouseSummary.test.ts.
import { lighthouseCategories } from './budgets.mjs';

/**
 * @typedef {import('./budgets.mjs').CategoryScores} CategoryScores
 *
 * @typedef {object} LhrAudit
 * @property {number | null} score
 * @property {string} [title]
 * @property {string} [displayValue]
 * @property {number} [numericValue]
 * @property {{items?: Record<string, unknown>[]}} [details]
 *
 * @typedef {object} LhrLike the parts of a Lighthouse result (LH.Result) the bench reads
 * @property {{code: string, message: string}} [runtimeError]
 * @property {Record<string, {score: number | null, auditRefs?: {id: string, weight: number}[]}>} categories
 * @property {Record<string, LhrAudit>} audits
 *
 * @typedef {{lhr: LhrLike} | {error: {code: string, message: string}}} LighthouseRun
 *   a Lighthouse result, or what was thrown instead of one
 *
 * @typedef {object} RunFigures one row of the bench's Lighthouse table
 * @property {CategoryScores} scores 0 to 100, rounded the way Lighthouse's report rounds them
 * @property {number} lcpMs largest contentful paint
 * @property {number} tbtMs total blocking time
 * @property {number} cls cumulative layout shift
 * @property {number} scriptBytes bytes transferred for scripts
 * @property {number} totalBytes bytes transferred in all
 *
 * @typedef {object} RunsSummary
 * @property {{code: string, message: string}[]} failures
 * @property {{lhr: LhrLike, figures: RunFigures} | null} median null when no run completed
 */

/**
 * A run's figures, or why it has none: a runtime error, or a category or metric Lighthouse could not score.
 * @param {LhrLike} lhr
 * @returns {RunFigures | {code: string, message: string}}
 */
export function figuresOf(lhr) {
  if (lhr.runtimeError) return lhr.runtimeError;
  const unscored = lighthouseCategories.filter(
    (category) => typeof lhr.categories[category]?.score !== 'number',
  );
  if (unscored.length > 0) {
    return { code: 'NO_SCORE', message: `Lighthouse gave no score for ${unscored.join(', ')}` };
  }
  const metricIds = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
  const missing = metricIds.filter((id) => typeof lhr.audits[id]?.numericValue !== 'number');
  const resources = lhr.audits['resource-summary']?.details?.items;
  if (!resources) missing.push('resource-summary');
  if (missing.length > 0)
    return { code: 'NO_METRIC', message: `Lighthouse measured no ${missing.join(', ')}` };
  /** @param {string} resourceType */
  const transferred = (resourceType) =>
    Number(resources?.find((item) => item.resourceType === resourceType)?.transferSize ?? 0);
  /** @param {string} id */
  const metric = (id) => /** @type {number} */ (lhr.audits[id]?.numericValue);
  return {
    scores: /** @type {CategoryScores} */ (
      Object.fromEntries(
        lighthouseCategories.map((category) => [
          category,
          Math.round(/** @type {number} */ (lhr.categories[category]?.score) * 100),
        ]),
      )
    ),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    scriptBytes: transferred('script'),
    totalBytes: transferred('total'),
  };
}

/**
 * The failed runs and the median run: completed runs ordered by performance score, the middle one (with an even
 * count, the lower of the two middle ones, so a failed run never flatters the median).
 * @param {LighthouseRun[]} runs
 * @returns {RunsSummary}
 */
export function summarizeRuns(runs) {
  /** @type {{code: string, message: string}[]} */
  const failures = [];
  /** @type {{lhr: LhrLike, figures: RunFigures}[]} */
  const completed = [];
  for (const run of runs) {
    if ('error' in run) {
      failures.push(run.error);
      continue;
    }
    const figures = figuresOf(run.lhr);
    if ('code' in figures) failures.push(figures);
    else completed.push({ lhr: run.lhr, figures });
  }
  completed.sort((a, b) => a.figures.scores.performance - b.figures.scores.performance);
  return { failures, median: completed[Math.floor((completed.length - 1) / 2)] ?? null };
}

/**
 * Lighthouse's errors for a trace that Chrome recorded incompletely (its message: "Something went wrong with
 * recording the trace over your page load. Please run Lighthouse again."), which say nothing about the page: a
 * navigation with no start, or tracing that never started. `NO_FCP` and `NO_LCP` share the message but are left
 * out, since a blank or broken page causes them too.
 */
const traceRecordingErrors = /** @type {const} */ (['NO_NAVSTART', 'NO_TRACING_STARTED']);

/**
 * The code of the trace-recording error a run ended with (traceRecordingErrors), which the bench runs again, as
 * Lighthouse asks; `undefined` for a completed run or any other failure.
 * @param {LighthouseRun} run
 * @returns {string | undefined}
 */
export function traceRecordingError(run) {
  const error = 'error' in run ? run.error : run.lhr.runtimeError;
  return error && /** @type {readonly string[]} */ (traceRecordingErrors).includes(error.code)
    ? error.code
    : undefined;
}

/**
 * The scored audits that cost a category points (weight > 0, score below 1), per category below 100.
 * @param {LhrLike} lhr
 * @param {readonly string[]} categories
 * @returns {{category: string, audits: {id: string, title: string, score: number}[]}[]}
 */
export function lostPoints(lhr, categories) {
  return categories
    .filter((category) => (lhr.categories[category]?.score ?? 0) < 1)
    .map((category) => ({
      category,
      audits: (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
        const audit = lhr.audits[id];
        return weight > 0 && audit && audit.score !== null && audit.score < 1
          ? [{ id, title: audit.title ?? id, score: audit.score }]
          : [];
      }),
    }));
}
