import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { evaluateBudgets, parseBudgets, type Budgets, type Measurements } from '../budgets.mjs';

const file = 'scripts/bench-budgets.json';
const scores = (performance: number) => ({
  performance,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
});
const budgets: Budgets = {
  lighthouse: { minScores: { mobile: scores(90), desktop: scores(98) }, atLeastStockSite: false },
  firstLoadJs: { maxKb: 190, calculatorPages: ['/metrics/classification'] },
  search: { firstQueryMaxKb: 150, laterQueryMaxKb: 50, firstResultMaxMs: 50 },
  loadTest: { maxErrors: 0, maxNon2xx: 0 },
};
/** The budgets above as the file's text, with changes: dotted key → new value (undefined removes the key). */
const edited = (changes: Record<string, unknown>) => {
  const data = structuredClone(budgets) as unknown as Record<string, unknown>;
  for (const [dotted, value] of Object.entries(changes)) {
    const keys = dotted.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((object, key) => object[key] as Record<string, unknown>, data);
    if (value === undefined) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
  }
  return JSON.stringify(data);
};

describe('parseBudgets', () => {
  it('accepts the bench’s budgets file', () => {
    const text = readFileSync(path.join(__dirname, '../../bench-budgets.json'), 'utf8');
    expect(parseBudgets(text, file).lighthouse.minScores.mobile.performance).toBe(90);
  });

  it('accepts $comment as a string or lines anywhere', () => {
    const text = edited({ $comment: 'why', 'loadTest.$comment': ['why', 'and why'] });
    expect(parseBudgets(text, file).loadTest.maxErrors).toBe(0);
  });

  it.each([
    {
      name: 'an unknown key, naming the file and the key',
      changes: { 'lighthouse.minScores.mobile.pwa': 100 },
      problems: [
        'unknown key "lighthouse.minScores.mobile.pwa" (allowed here: performance, accessibility, best-practices, seo, $comment)',
      ],
    },
    {
      name: 'a missing key',
      changes: { 'loadTest.maxNon2xx': undefined },
      problems: ['missing key "loadTest.maxNon2xx": a whole number ≥ 0'],
    },
    {
      name: 'a missing stock-site flag',
      changes: { 'lighthouse.atLeastStockSite': undefined },
      problems: ['missing key "lighthouse.atLeastStockSite": true or false'],
    },
    {
      name: 'a missing section',
      changes: { firstLoadJs: undefined },
      problems: ['missing key "firstLoadJs"'],
    },
    {
      name: 'every problem at once, with what is allowed',
      changes: {
        'lighthouse.minScores.desktop.seo': 101,
        'lighthouse.atLeastStockSite': 'yes',
        'firstLoadJs.maxKb': '190',
        'firstLoadJs.calculatorPages': ['metrics/regression'],
        loadTest: [],
        $comment: 3,
      },
      problems: [
        'key "$comment" must be a string or an array of strings',
        'key "lighthouse.minScores.desktop.seo" is 101: expected a number from 0 to 100',
        'key "lighthouse.atLeastStockSite" is "yes": expected true or false',
        'key "firstLoadJs.maxKb" is "190": expected a number > 0 (KB)',
        'key "firstLoadJs.calculatorPages" is ["metrics/regression"]: expected an array of site paths, each starting with "/"',
        'key "loadTest" must be an object with keys maxErrors, maxNon2xx',
      ],
    },
  ])('rejects $name', ({ changes, problems }) => {
    expect(() => parseBudgets(edited(changes), file)).toThrowError(
      [`${file} is not a valid budgets file:`, ...problems.map((problem) => `  ${file}: ${problem}`)].join(
        '\n',
      ),
    );
  });

  it('reports a wrong file as a whole', () => {
    expect(() => parseBudgets('[]', file)).toThrowErrorMatchingInlineSnapshot(`
      [Error: scripts/bench-budgets.json is not a valid budgets file:
        scripts/bench-budgets.json: the file must be an object with keys lighthouse, firstLoadJs, search, loadTest]
    `);
  });

  it('names the file when it is not JSON, keeping the parser’s error as the cause', () => {
    const error = (() => {
      try {
        parseBudgets('{"lighthouse": ', file);
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('parseBudgets accepted broken JSON');
    })();
    expect(error.message).toBe('scripts/bench-budgets.json: not valid JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });
});

describe('evaluateBudgets', () => {
  const passing: Measurements = {
    lighthouse: [
      { page: '/', formFactor: 'mobile', runs: 5, failures: [], scores: scores(90) },
      { page: '/', formFactor: 'desktop', runs: 5, failures: [], scores: scores(98) },
    ],
    firstLoad: [
      { page: '/', scriptBytes: 190 * 1024 },
      { page: '/metrics/classification', scriptBytes: 400 * 1024 },
    ],
    search: [{ locale: '/', firstQueryBytes: 150 * 1024, laterQueryBytes: 50 * 1024, firstResultMs: 50 }],
    loadTest: [{ page: '/', errors: 0, non2xx: 0 }],
    stockLighthouse: [],
  };

  it('keeps every budget at its limit, and leaves calculator pages out of the JS budget', () => {
    const checks = evaluateBudgets(budgets, passing);
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(checks.map((check) => check.check)).toMatchInlineSnapshot(`
      [
        "Lighthouse mobile /: failed runs",
        "Lighthouse mobile /: performance",
        "Lighthouse mobile /: accessibility",
        "Lighthouse mobile /: best-practices",
        "Lighthouse mobile /: seo",
        "Lighthouse desktop /: failed runs",
        "Lighthouse desktop /: performance",
        "Lighthouse desktop /: accessibility",
        "Lighthouse desktop /: best-practices",
        "Lighthouse desktop /: seo",
        "First-load JS / (gzip)",
        "Search /: bytes before the first result (gzip)",
        "Search /: bytes a later query adds (gzip)",
        "Search /: first result after the keystroke",
        "Load test /: errors",
        "Load test /: non-2xx responses",
      ]
    `);
  });

  it('breaks each budget one step past its limit', () => {
    const checks = evaluateBudgets(budgets, {
      lighthouse: [
        { page: '/', formFactor: 'mobile', runs: 5, failures: [], scores: scores(89) },
        { page: '/', formFactor: 'desktop', runs: 5, failures: [], scores: { ...scores(98), seo: 99 } },
      ],
      firstLoad: [{ page: '/', scriptBytes: 190 * 1024 + 1 }],
      search: [
        {
          locale: '/',
          firstQueryBytes: 150 * 1024 + 1,
          laterQueryBytes: 50 * 1024 + 1,
          firstResultMs: 50.01,
        },
        { locale: '/en', firstQueryBytes: 0, laterQueryBytes: 0, firstResultMs: Number.NaN },
      ],
      loadTest: [{ page: '/', errors: 1, non2xx: 2 }],
      stockLighthouse: [],
    });
    expect(checks.filter((check) => !check.ok)).toMatchInlineSnapshot(`
      [
        {
          "check": "Lighthouse mobile /: performance",
          "limit": "≥ 90",
          "measured": "89",
          "ok": false,
        },
        {
          "check": "Lighthouse desktop /: seo",
          "limit": "= 100",
          "measured": "99",
          "ok": false,
        },
        {
          "check": "First-load JS / (gzip)",
          "limit": "≤ 190 KB",
          "measured": "190.0 KB",
          "ok": false,
        },
        {
          "check": "Search /: bytes before the first result (gzip)",
          "limit": "≤ 150 KB",
          "measured": "150.0 KB",
          "ok": false,
        },
        {
          "check": "Search /: bytes a later query adds (gzip)",
          "limit": "≤ 50 KB",
          "measured": "50.0 KB",
          "ok": false,
        },
        {
          "check": "Search /: first result after the keystroke",
          "limit": "≤ 50 ms",
          "measured": "50.0 ms",
          "ok": false,
        },
        {
          "check": "Search /en: first result after the keystroke",
          "limit": "≤ 50 ms",
          "measured": "no result",
          "ok": false,
        },
        {
          "check": "Load test /: errors",
          "limit": "≤ 0",
          "measured": "1",
          "ok": false,
        },
        {
          "check": "Load test /: non-2xx responses",
          "limit": "≤ 0",
          "measured": "2",
          "ok": false,
        },
      ]
    `);
  });

  it('counts a failed Lighthouse run as a broken budget, even when the median scores pass', () => {
    const failure = { code: 'NO_FCP', message: 'The page did not paint any content.' };
    const checks = evaluateBudgets(budgets, {
      ...passing,
      lighthouse: [{ page: '/', formFactor: 'mobile', runs: 5, failures: [failure], scores: scores(95) }],
    });
    expect(checks.filter((check) => !check.ok)).toEqual([
      { check: 'Lighthouse mobile /: failed runs', measured: '1 of 5 (NO_FCP)', limit: '0', ok: false },
    ]);
  });

  it('breaks every score budget when no run completed', () => {
    const failure = { code: 'CHROME_LAUNCH', message: 'no chromium' };
    const checks = evaluateBudgets(budgets, {
      ...passing,
      lighthouse: [{ page: '/', formFactor: 'desktop', runs: 2, failures: [failure, failure], scores: null }],
    });
    expect(checks.filter((check) => !check.ok).map((check) => `${check.check}: ${check.measured}`))
      .toMatchInlineSnapshot(`
      [
        "Lighthouse desktop /: failed runs: 2 of 2 (CHROME_LAUNCH)",
        "Lighthouse desktop /: performance: no completed run",
        "Lighthouse desktop /: accessibility: no completed run",
        "Lighthouse desktop /: best-practices: no completed run",
        "Lighthouse desktop /: seo: no completed run",
      ]
    `);
  });

  describe('atLeastStockSite', () => {
    const withStock = { ...budgets, lighthouse: { ...budgets.lighthouse, atLeastStockSite: true } };
    const stockPage = '/docs/themes/user-insight';
    const stock = (mobile: number | null, desktop: number | null, failures = 0) =>
      [
        { formFactor: 'mobile' as const, performance: mobile },
        { formFactor: 'desktop' as const, performance: desktop },
      ].map(({ formFactor, performance }) => ({
        page: stockPage,
        formFactor,
        runs: 5,
        failures: Array.from({ length: failures }, () => ({ code: 'NO_FCP', message: 'no paint' })),
        scores: performance === null ? null : scores(performance),
      }));
    const stockChecks = (measurements: Measurements) =>
      evaluateBudgets(withStock, measurements)
        .filter((check) => check.check.includes('stock'))
        .map((check) => `${check.ok ? '✓' : '✗'} ${check.check}: ${check.measured} (${check.limit})`);

    it('keeps every page at the stock page’s performance, and breaks a page one point below it', () => {
      expect(stockChecks({ ...passing, stockLighthouse: stock(90, 99) })).toMatchInlineSnapshot(`
        [
          "✓ Lighthouse mobile stock site /docs/themes/user-insight: failed runs: 0 of 5 (0)",
          "✓ Lighthouse mobile /: performance, against the stock site: 90 (≥ 90 (stock /docs/themes/user-insight))",
          "✓ Lighthouse desktop stock site /docs/themes/user-insight: failed runs: 0 of 5 (0)",
          "✗ Lighthouse desktop /: performance, against the stock site: 98 (≥ 99 (stock /docs/themes/user-insight))",
        ]
      `);
    });

    it('breaks when the stock page failed a run, completed none or was not measured', () => {
      expect(stockChecks({ ...passing, stockLighthouse: stock(null, 80, 1).slice(0, 1) }))
        .toMatchInlineSnapshot(`
        [
          "✗ Lighthouse mobile stock site /docs/themes/user-insight: failed runs: 1 of 5 (0)",
          "✗ Lighthouse mobile /: performance, against the stock site: 90 (stock site: no completed run)",
          "✗ Lighthouse desktop /: performance, against the stock site: 98 (stock site: not measured)",
        ]
      `);
    });

    it('checks nothing against the stock site when the budget is off', () => {
      const checks = evaluateBudgets(budgets, { ...passing, stockLighthouse: stock(100, 100) });
      expect(checks.filter((check) => check.check.includes('stock'))).toEqual([]);
    });
  });
});
