// @ts-check
// The bench's budgets: the schema of the budgets file, and measurements judged against it. No IO, so it is
// unit-tested (scripts/lib/__tests__/budgets.test.ts); scripts/bench.mjs reads the file and takes the figures.

/** Lighthouse categories the bench audits, in the order it prints them. */
export const lighthouseCategories = /** @type {const} */ ([
  'performance',
  'accessibility',
  'best-practices',
  'seo',
]);

/** Lighthouse configurations the bench runs: the default (mobile) one and the desktop one. */
export const formFactors = /** @type {const} */ (['mobile', 'desktop']);

/**
 * @typedef {typeof lighthouseCategories[number]} LighthouseCategory
 * @typedef {typeof formFactors[number]} FormFactor
 * @typedef {Record<LighthouseCategory, number>} CategoryScores scores from 0 to 100
 * @typedef {object} Budgets
 * @property {{minScores: Record<FormFactor, CategoryScores>, atLeastStockSite: boolean}} lighthouse
 * @property {{maxKb: number, calculatorPages: string[]}} firstLoadJs
 * @property {{firstQueryMaxKb: number, laterQueryMaxKb: number, firstResultMaxMs: number}} search
 * @property {{maxErrors: number, maxNon2xx: number}} loadTest
 */

/**
 * @typedef {object} LeafSchema a value the file must hold at some key
 * @property {string} allowed what the value may be, as the error message says it
 * @property {(value: unknown) => boolean} accepts
 */

/** @type {LeafSchema} */
const score = {
  allowed: 'a number from 0 to 100',
  accepts: (value) => typeof value === 'number' && value >= 0 && value <= 100,
};
/** @type {LeafSchema} */
const count = {
  allowed: 'a whole number ≥ 0',
  accepts: (value) => Number.isInteger(value) && /** @type {number} */ (value) >= 0,
};
/**
 * @param {string} unit
 * @returns {LeafSchema}
 */
const positive = (unit) => ({
  allowed: `a number > 0 (${unit})`,
  accepts: (value) => typeof value === 'number' && Number.isFinite(value) && value > 0,
});
const kilobytes = positive('KB');
const milliseconds = positive('ms');
/** @type {LeafSchema} */
const pagePaths = {
  allowed: 'an array of site paths, each starting with "/"',
  accepts: (value) =>
    Array.isArray(value) && value.every((page) => typeof page === 'string' && page.startsWith('/')),
};
/** @type {LeafSchema} */
const flag = {
  allowed: 'true or false',
  accepts: (value) => typeof value === 'boolean',
};
const categoryScores = Object.fromEntries(lighthouseCategories.map((category) => [category, score]));

/** Every key the budgets file has; `$comment` (a string or an array of strings) may also sit in any object. */
const budgetsSchema = {
  lighthouse: {
    minScores: Object.fromEntries(formFactors.map((formFactor) => [formFactor, categoryScores])),
    atLeastStockSite: flag,
  },
  firstLoadJs: { maxKb: kilobytes, calculatorPages: pagePaths },
  search: { firstQueryMaxKb: kilobytes, laterQueryMaxKb: kilobytes, firstResultMaxMs: milliseconds },
  loadTest: { maxErrors: count, maxNon2xx: count },
};

/** @param {unknown} value */
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {unknown} value */
const isComment = (value) =>
  typeof value === 'string' || (Array.isArray(value) && value.every((line) => typeof line === 'string'));

/**
 * Collects every mismatch between `value` and `schema` (unknown keys, missing keys, wrong values).
 * @param {unknown} value
 * @param {object} schema
 * @param {string} at dotted key of `value`, '' for the file itself
 * @param {string[]} problems
 */
function collectProblems(value, schema, at, problems) {
  /** @param {string} name */
  const key = (name) => (at ? `${at}.${name}` : name);
  if ('accepts' in schema) {
    const leaf = /** @type {LeafSchema} */ (schema);
    if (!leaf.accepts(value))
      problems.push(`key "${at}" is ${JSON.stringify(value)}: expected ${leaf.allowed}`);
    return;
  }
  if (!isPlainObject(value)) {
    problems.push(
      `${at ? `key "${at}"` : 'the file'} must be an object with keys ${Object.keys(schema).join(', ')}`,
    );
    return;
  }
  const object = /** @type {Record<string, unknown>} */ (value);
  const expected = /** @type {Record<string, object>} */ (schema);
  for (const [name, child] of Object.entries(object)) {
    if (name === '$comment') {
      if (!isComment(child)) problems.push(`key "${key(name)}" must be a string or an array of strings`);
    } else if (!Object.hasOwn(expected, name)) {
      problems.push(
        `unknown key "${key(name)}" (allowed here: ${[...Object.keys(expected), '$comment'].join(', ')})`,
      );
    }
  }
  for (const [name, childSchema] of Object.entries(expected)) {
    if (!Object.hasOwn(object, name)) {
      const allowed = 'accepts' in childSchema ? `: ${/** @type {LeafSchema} */ (childSchema).allowed}` : '';
      problems.push(`missing key "${key(name)}"${allowed}`);
    } else {
      collectProblems(object[name], childSchema, key(name), problems);
    }
  }
}

/**
 * Parses and validates the budgets file; throws one error naming the file and every bad key.
 * @param {string} text the file's contents
 * @param {string} file the file's path as messages should name it (relative to the repository)
 * @returns {Budgets}
 */
export function parseBudgets(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON`, { cause: error });
  }
  /** @type {string[]} */
  const problems = [];
  collectProblems(data, budgetsSchema, '', problems);
  if (problems.length > 0) {
    throw new Error(
      `${file} is not a valid budgets file:\n${problems.map((problem) => `  ${file}: ${problem}`).join('\n')}`,
    );
  }
  return /** @type {Budgets} */ (data);
}

/**
 * @typedef {object} LighthouseMeasurement the median of a page's runs in one form factor
 * @property {string} page
 * @property {FormFactor} formFactor
 * @property {number} runs how many runs were started
 * @property {{code: string, message: string}[]} failures runs that ended with a runtime error or without scores
 * @property {CategoryScores | null} scores the median run's scores; null when no run completed
 *
 * @typedef {object} FirstLoadMeasurement
 * @property {string} page
 * @property {number} scriptBytes gzip -9 bytes of every script the first visit loads
 *
 * @typedef {object} SearchMeasurement
 * @property {string} locale the locale's base path ('/' or '/en')
 * @property {number} firstQueryBytes gzip bytes from the first focus of the search box to the first query's results
 * @property {number} laterQueryBytes gzip bytes a second query adds
 * @property {number} firstResultMs ms from the first query's keystroke to its first suggestion (NaN: none came)
 *
 * @typedef {object} LoadTestMeasurement
 * @property {string} page
 * @property {number} errors connection errors and timeouts
 * @property {number} non2xx
 *
 * @typedef {object} Measurements
 * @property {LighthouseMeasurement[]} lighthouse our pages
 * @property {LighthouseMeasurement[]} stockLighthouse the stock Docusaurus site's page, from the same run
 * @property {FirstLoadMeasurement[]} firstLoad
 * @property {SearchMeasurement[]} search
 * @property {LoadTestMeasurement[]} loadTest
 *
 * @typedef {object} BudgetCheck one line of the budget report
 * @property {string} check what is checked, and where
 * @property {string} measured
 * @property {string} limit
 * @property {boolean} ok
 */

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * `lighthouse.atLeastStockSite`: the stock site's page completed every run, and each of our pages scores at least
 * its performance in each form factor.
 * @param {Measurements} measurements
 * @returns {BudgetCheck[]}
 */
function stockSiteChecks(measurements) {
  /** @type {BudgetCheck[]} */
  const checks = [];
  for (const formFactor of formFactors) {
    const stock = measurements.stockLighthouse.find((measured) => measured.formFactor === formFactor);
    const stockPerformance = stock?.scores?.performance;
    if (stock) {
      checks.push({
        check: `Lighthouse ${formFactor} stock site ${stock.page}: failed runs`,
        measured: `${stock.failures.length} of ${stock.runs}`,
        limit: '0',
        ok: stock.failures.length === 0,
      });
    }
    for (const { page, scores } of measurements.lighthouse.filter(
      (measured) => measured.formFactor === formFactor,
    )) {
      const measured = scores?.performance;
      checks.push({
        check: `Lighthouse ${formFactor} ${page}: performance, against the stock site`,
        measured: measured === undefined ? 'no completed run' : String(measured),
        limit:
          stockPerformance === undefined
            ? `stock site: ${stock ? 'no completed run' : 'not measured'}`
            : `≥ ${stockPerformance} (stock ${stock?.page})`,
        ok: measured !== undefined && stockPerformance !== undefined && measured >= stockPerformance,
      });
    }
  }
  return checks;
}

/**
 * Every budget check the measurements allow, in report order: Lighthouse, Lighthouse against the stock site,
 * first-load JS, search, load test.
 * @param {Budgets} budgets
 * @param {Measurements} measurements
 * @returns {BudgetCheck[]}
 */
export function evaluateBudgets(budgets, measurements) {
  /** @type {BudgetCheck[]} */
  const checks = [];
  for (const { page, formFactor, runs, failures, scores } of measurements.lighthouse) {
    const where = `Lighthouse ${formFactor} ${page}`;
    const codes = [...new Set(failures.map((failure) => failure.code))].join(', ');
    checks.push({
      check: `${where}: failed runs`,
      measured: `${failures.length} of ${runs}${codes ? ` (${codes})` : ''}`,
      limit: '0',
      ok: failures.length === 0,
    });
    for (const category of lighthouseCategories) {
      const min = budgets.lighthouse.minScores[formFactor][category];
      const measured = scores?.[category];
      checks.push({
        check: `${where}: ${category}`,
        measured: measured === undefined ? 'no completed run' : String(measured),
        limit: min === 100 ? '= 100' : `≥ ${min}`,
        ok: measured !== undefined && measured >= min,
      });
    }
  }
  if (budgets.lighthouse.atLeastStockSite) checks.push(...stockSiteChecks(measurements));
  const calculatorPages = new Set(budgets.firstLoadJs.calculatorPages);
  for (const { page, scriptBytes } of measurements.firstLoad) {
    if (calculatorPages.has(page)) continue;
    checks.push({
      check: `First-load JS ${page} (gzip)`,
      measured: kb(scriptBytes),
      limit: `≤ ${budgets.firstLoadJs.maxKb} KB`,
      ok: scriptBytes <= budgets.firstLoadJs.maxKb * 1024,
    });
  }
  const { firstQueryMaxKb, laterQueryMaxKb, firstResultMaxMs } = budgets.search;
  for (const { locale, firstQueryBytes, laterQueryBytes, firstResultMs } of measurements.search) {
    checks.push(
      {
        check: `Search ${locale}: bytes before the first result (gzip)`,
        measured: kb(firstQueryBytes),
        limit: `≤ ${firstQueryMaxKb} KB`,
        ok: firstQueryBytes <= firstQueryMaxKb * 1024,
      },
      {
        check: `Search ${locale}: bytes a later query adds (gzip)`,
        measured: kb(laterQueryBytes),
        limit: `≤ ${laterQueryMaxKb} KB`,
        ok: laterQueryBytes <= laterQueryMaxKb * 1024,
      },
      {
        check: `Search ${locale}: first result after the keystroke`,
        measured: Number.isNaN(firstResultMs) ? 'no result' : `${firstResultMs.toFixed(1)} ms`,
        limit: `≤ ${firstResultMaxMs} ms`,
        ok: firstResultMs <= firstResultMaxMs,
      },
    );
  }
  for (const { page, errors, non2xx } of measurements.loadTest) {
    checks.push(
      {
        check: `Load test ${page}: errors`,
        measured: String(errors),
        limit: `≤ ${budgets.loadTest.maxErrors}`,
        ok: errors <= budgets.loadTest.maxErrors,
      },
      {
        check: `Load test ${page}: non-2xx responses`,
        measured: String(non2xx),
        limit: `≤ ${budgets.loadTest.maxNon2xx}`,
        ok: non2xx <= budgets.loadTest.maxNon2xx,
      },
    );
  }
  return checks;
}
