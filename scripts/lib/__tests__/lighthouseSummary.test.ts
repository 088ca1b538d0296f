import { describe, expect, it } from 'vitest';

import {
  figuresOf,
  lostPoints,
  summarizeRuns,
  traceRecordingError,
  type LhrLike,
} from '../lighthouseSummary.mjs';

/** A Lighthouse result with the parts the bench reads; `performance` is a 0-1 score, as Lighthouse gives it. */
const lhr = (performance: number | null, lcpMs = 1000): LhrLike => ({
  categories: {
    performance: { score: performance },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'image-alt', weight: 10 },
        { id: 'tabindex', weight: 0 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 1 },
  },
  audits: {
    'largest-contentful-paint': { score: 0.5, numericValue: lcpMs },
    'total-blocking-time': { score: 1, numericValue: 120.4 },
    'cumulative-layout-shift': { score: 1, numericValue: 0.0123 },
    'resource-summary': {
      score: null,
      details: {
        items: [
          { resourceType: 'total', transferSize: 500_000 },
          { resourceType: 'script', transferSize: 200_000 },
        ],
      },
    },
    'color-contrast': { score: 0, title: 'Background and foreground colors have sufficient contrast' },
    'image-alt': { score: 1, title: 'Image elements have [alt] attributes' },
    tabindex: { score: 0, title: 'No element has a [tabindex] value greater than 0' },
    'errors-in-console': { score: 1, title: 'No browser errors logged to the console' },
  },
});

describe('figuresOf', () => {
  it('reads scores (0-100, rounded), metrics and transfer sizes', () => {
    expect(figuresOf(lhr(0.895))).toEqual({
      scores: { performance: 90, accessibility: 96, 'best-practices': 100, seo: 100 },
      lcpMs: 1000,
      tbtMs: 120.4,
      cls: 0.0123,
      scriptBytes: 200_000,
      totalBytes: 500_000,
    });
  });

  it('reports a runtime error instead of figures', () => {
    const failed = { ...lhr(null), runtimeError: { code: 'NO_FCP', message: 'The page did not paint.' } };
    expect(figuresOf(failed)).toEqual({ code: 'NO_FCP', message: 'The page did not paint.' });
  });

  it('reports a category Lighthouse could not score', () => {
    expect(figuresOf(lhr(null))).toEqual({
      code: 'NO_SCORE',
      message: 'Lighthouse gave no score for performance',
    });
  });

  it('reports a missing metric', () => {
    const result = lhr(0.9);
    delete result.audits['total-blocking-time'];
    expect(figuresOf(result)).toEqual({
      code: 'NO_METRIC',
      message: 'Lighthouse measured no total-blocking-time',
    });
  });
});

describe('summarizeRuns', () => {
  it('reports the run with the median performance score, with its own metrics', () => {
    const runs = [0.8, 0.95, 0.7, 0.9, 0.85].map((score, index) => ({ lhr: lhr(score, 1000 + index) }));
    const { failures, median } = summarizeRuns(runs);
    expect(failures).toEqual([]);
    expect(median?.figures.scores.performance).toBe(85);
    expect(median?.figures.lcpMs).toBe(1004);
  });

  it('takes the lower middle run when failures leave an even count, and lists the failures', () => {
    const runs = [
      { lhr: lhr(0.9) },
      { error: { code: 'PROTOCOL_TIMEOUT', message: 'Chrome did not answer' } },
      { lhr: lhr(0.7) },
      { lhr: lhr(0.8) },
      { lhr: { ...lhr(null), runtimeError: { code: 'NO_FCP', message: 'no paint' } } },
      { lhr: lhr(0.95) },
    ];
    const { failures, median } = summarizeRuns(runs);
    expect(failures.map((failure) => failure.code)).toEqual(['PROTOCOL_TIMEOUT', 'NO_FCP']);
    expect(median?.figures.scores.performance).toBe(80);
  });

  it('has no median when every run failed', () => {
    const error = { code: 'CHROME_LAUNCH', message: 'no chromium' };
    expect(summarizeRuns([{ error }, { error }])).toEqual({ failures: [error, error], median: null });
  });
});

describe('traceRecordingError', () => {
  it('names a run Chrome recorded an incomplete trace of, thrown or in the result', () => {
    const message = 'Something went wrong with recording the trace over your page load.';
    expect(
      traceRecordingError({ lhr: { ...lhr(null), runtimeError: { code: 'NO_NAVSTART', message } } }),
    ).toBe('NO_NAVSTART');
    expect(traceRecordingError({ error: { code: 'NO_TRACING_STARTED', message } })).toBe(
      'NO_TRACING_STARTED',
    );
  });

  it('leaves completed runs and failures the page can cause (no paint) alone', () => {
    expect(traceRecordingError({ lhr: lhr(0.9) })).toBeUndefined();
    expect(
      traceRecordingError({ lhr: { ...lhr(null), runtimeError: { code: 'NO_FCP', message: 'no paint' } } }),
    ).toBeUndefined();
    expect(
      traceRecordingError({ error: { code: 'PROTOCOL_TIMEOUT', message: 'Chrome did not answer' } }),
    ).toBeUndefined();
  });
});

describe('lostPoints', () => {
  it('lists the weighted audits below full marks in each category below 100', () => {
    expect(lostPoints(lhr(0.9), ['accessibility', 'best-practices', 'seo'])).toEqual([
      {
        category: 'accessibility',
        audits: [
          {
            id: 'color-contrast',
            title: 'Background and foreground colors have sufficient contrast',
            score: 0,
          },
        ],
      },
    ]);
  });
});
