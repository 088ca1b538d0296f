import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  brierScore,
  classificationMetrics,
  confusionAtThreshold,
  falsePositiveRate,
  formatMetric,
  logLoss,
  MetricInputError,
  regressionMetrics,
  rocAuc,
  rocCurve,
} from '../metrics';

describe('reference values', () => {
  it("scikit-learn's log_loss and brier_score_loss examples", () => {
    // log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]])
    expect(logLoss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])).toBeCloseTo(0.21616187468057912, 15);
    // brier_score_loss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])
    expect(brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 15);
    // A certain mistake is clipped to machine epsilon, as scikit-learn does: finite, about 36 nats.
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(Number.EPSILON), 10);
    expect(() => logLoss([1, 0], [0.5, 1.2])).toThrow(
      /probabilities\[1\] is 1.2; a probability must be between 0 and 1/,
    );
    expect(() => brierScore([1, 2], [0.5, 0.5])).toThrow(/labels\[1\] is 2/);
  });

  it('scikit-learn roc_curve / roc_auc_score example', () => {
    const labels = [0, 0, 1, 1];
    const scores = [0.1, 0.4, 0.35, 0.8];
    expect(rocCurve(labels, scores).map(({ fpr, tpr }) => [fpr, tpr])).toEqual([
      [0, 0],
      [0, 0.5],
      [0.5, 0.5],
      [0.5, 1],
      [1, 1],
    ]);
    expect(rocCurve(labels, scores).map((point) => point.threshold)).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
    expect(rocAuc(labels, scores)).toBe(0.75);
  });

  it('scikit-learn regression example', () => {
    const { mse, rmse, mae, r2 } = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    expect(mse).toBe(0.375);
    expect(mae).toBe(0.5);
    expect(rmse).toBeCloseTo(Math.sqrt(0.375), 12);
    expect(r2).toBeCloseTo(0.948608, 6);
  });

  it('the spam filter of the glossary (TP 40, FP 10, FN 20, TN 930)', () => {
    const metrics = classificationMetrics({ tp: 40, fp: 10, fn: 20, tn: 930 });
    expect(metrics.accuracy).toBe(0.97);
    expect(metrics.precision).toBe(0.8);
    expect(metrics.recall).toBeCloseTo(2 / 3, 12);
    expect(metrics.specificity).toBeCloseTo(930 / 940, 12);
    expect(formatMetric(metrics.f1 ?? NaN)).toBe('0.7273');
    expect(falsePositiveRate({ tp: 40, fp: 10, fn: 20, tn: 930 })).toBeCloseTo(10 / 940, 12);
  });
});

describe('formatMetric', () => {
  it.each([
    { value: 0.94, options: {}, shown: '0.9400' },
    { value: 2 / 3, options: { digits: 2 }, shown: '0.67' },
    { value: 0.94, options: { percent: true }, shown: '94%' },
    { value: 0.905, options: { percent: true }, shown: '90.5%' },
    { value: 8 / 11, options: { percent: true }, shown: '72.73%' },
    { value: 1, options: { percent: true }, shown: '100%' },
    { value: 0, options: { percent: true }, shown: '0%' },
    { value: 2 / 3, options: { percent: true, digits: 3 }, shown: '66.7%' },
    { value: 2 / 3, options: { percent: true, digits: 1 }, shown: '67%' },
  ])('$value with $options is $shown', ({ value, options, shown }) => {
    expect(formatMetric(value, options)).toBe(shown);
  });
});

describe('undefined ratios are null, never NaN, Infinity or 0', () => {
  it.each([
    { counts: { tp: 0, fp: 0, fn: 5, tn: 5 }, undefinedMetrics: ['precision'] },
    { counts: { tp: 0, fp: 5, fn: 0, tn: 5 }, undefinedMetrics: ['recall'] },
    { counts: { tp: 5, fp: 0, fn: 5, tn: 0 }, undefinedMetrics: ['specificity'] },
    { counts: { tp: 0, fp: 0, fn: 0, tn: 7 }, undefinedMetrics: ['precision', 'recall', 'f1'] },
  ])('$counts', ({ counts, undefinedMetrics }) => {
    const metrics = classificationMetrics(counts);
    for (const [name, value] of Object.entries(metrics)) {
      if (undefinedMetrics.includes(name)) expect(value, name).toBeNull();
      else expect(Number.isFinite(value), name).toBe(true);
    }
  });

  it('F1 is 0, not undefined, when precision and recall are both 0', () => {
    expect(classificationMetrics({ tp: 0, fp: 3, fn: 4, tn: 1 }).f1).toBe(0);
  });

  it('R² is null when every true value is equal, even where their float mean is not', () => {
    expect(regressionMetrics([2, 2, 2], [1, 2, 3]).r2).toBeNull();
    expect(regressionMetrics([0.1, 0.1, 0.1], [0.1, 0.1, 0.1]).r2).toBeNull();
    // Found by the property below: a spread that underflows to 0 is no denominator either.
    expect(regressionMetrics([0, 5e-324], [0, 0]).r2).toBeNull();
  });

  it('R² goes below 0 for a model worse than predicting the mean', () => {
    expect(regressionMetrics([1, 2, 3], [3, 2, 1]).r2).toBe(-3);
  });
});

describe('bad input throws MetricInputError that says what is needed', () => {
  const problem = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricInputError);
      const { problem: kind, message, where } = error as MetricInputError;
      return { kind, where, message };
    }
    throw new Error('expected a MetricInputError');
  };

  it.each([
    ['a negative count', () => classificationMetrics({ tp: -1, fp: 0, fn: 0, tn: 1 })],
    ['a fractional count', () => classificationMetrics({ tp: 1.5, fp: 0, fn: 0, tn: 1 })],
    ['NaN', () => classificationMetrics({ tp: NaN, fp: 0, fn: 0, tn: 1 })],
    ['Infinity', () => classificationMetrics({ tp: 1, fp: Infinity, fn: 0, tn: 1 })],
    ['all zero', () => classificationMetrics({ tp: 0, fp: 0, fn: 0, tn: 0 })],
    ['a label of 2', () => rocCurve([0, 2, 1], [0.1, 0.2, 0.3])],
    ['one class only', () => rocAuc([1, 1, 1], [0.1, 0.2, 0.3])],
    ['unequal lengths', () => rocCurve([0, 1], [0.5])],
    ['empty arrays', () => regressionMetrics([], [])],
    ['a NaN score', () => confusionAtThreshold([0, 1], [0.2, NaN], 0.5)],
    ['a NaN threshold', () => confusionAtThreshold([0, 1], [0.2, 0.4], NaN)],
    ['an infinite value', () => regressionMetrics([1, Infinity], [1, 2])],
  ])('%s', (_, run) => {
    expect(problem(run)).toMatchSnapshot();
  });
});

describe('thresholds', () => {
  it('predicts positive when score ≥ threshold', () => {
    expect(confusionAtThreshold([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 0.35)).toEqual({
      tp: 2,
      fp: 1,
      fn: 0,
      tn: 1,
    });
    expect(confusionAtThreshold([0, 1], [0.5, 0.5], Infinity)).toEqual({ tp: 0, fp: 0, fn: 1, tn: 1 });
    expect(confusionAtThreshold([0, 1], [0.5, 0.5], -Infinity)).toEqual({ tp: 1, fp: 1, fn: 0, tn: 0 });
  });

  it('ties cross together and count one half in the AUC', () => {
    expect(rocCurve([0, 1], [0.5, 0.5]).map(({ fpr, tpr }) => [fpr, tpr])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
  });
});

describe('properties over random inputs', () => {
  const scored = fc
    .array(
      fc.tuple(
        fc.constantFrom(0, 1),
        fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
      ),
      {
        minLength: 2,
        maxLength: 60,
      },
    )
    .filter((pairs) => pairs.some(([label]) => label === 0) && pairs.some(([label]) => label === 1));

  it('AUC equals the share of correctly ordered positive–negative pairs (ties one half)', () => {
    fc.assert(
      fc.property(scored, (pairs) => {
        const labels = pairs.map(([label]) => label);
        const scores = pairs.map(([, score]) => score);
        let wins = 0;
        let total = 0;
        for (const [labelP, scoreP] of pairs) {
          if (labelP !== 1) continue;
          for (const [labelN, scoreN] of pairs) {
            if (labelN !== 0) continue;
            total++;
            wins += scoreP > scoreN ? 1 : scoreP === scoreN ? 0.5 : 0;
          }
        }
        expect(rocAuc(labels, scores)).toBeCloseTo(wins / total, 10);
      }),
      { numRuns: 300 },
    );
  });

  it('the ROC curve runs from (0, 0) to (1, 1) with one point per distinct score, never going back', () => {
    fc.assert(
      fc.property(scored, (pairs) => {
        const points = rocCurve(
          pairs.map(([label]) => label),
          pairs.map(([, score]) => score),
        );
        expect(points[0]).toEqual({ threshold: Infinity, fpr: 0, tpr: 0 });
        expect(points.at(-1)).toMatchObject({ fpr: 1, tpr: 1 });
        expect(points).toHaveLength(new Set(pairs.map(([, score]) => score)).size + 1);
        points.slice(1).forEach((point, index) => {
          const previous = points[index] ?? point;
          expect(point.fpr).toBeGreaterThanOrEqual(previous.fpr);
          expect(point.tpr).toBeGreaterThanOrEqual(previous.tpr);
          expect(point.threshold).toBeLessThan(previous.threshold);
        });
      }),
      { numRuns: 300 },
    );
  });

  const counts = fc
    .record({
      tp: fc.nat({ max: 10_000 }),
      fp: fc.nat({ max: 10_000 }),
      fn: fc.nat({ max: 10_000 }),
      tn: fc.nat({ max: 10_000 }),
    })
    .filter(({ tp, fp, fn, tn }) => tp + fp + fn + tn > 0);

  it('F1 is the harmonic mean of precision and recall whenever both are non-zero', () => {
    fc.assert(
      fc.property(counts, (matrix) => {
        const { precision, recall, f1 } = classificationMetrics(matrix);
        if (precision && recall) expect(f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 12);
      }),
      { numRuns: 500 },
    );
  });

  it('every metric is null or lies in [0, 1]', () => {
    fc.assert(
      fc.property(counts, (matrix) => {
        for (const value of Object.values(classificationMetrics(matrix))) {
          if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('RMSE² = MSE, MAE ≤ RMSE, and R² ≤ 1', () => {
    const values = fc.array(
      fc.tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      ),
      {
        minLength: 1,
        maxLength: 50,
      },
    );
    fc.assert(
      fc.property(values, (pairs) => {
        const { mse, rmse, mae, r2 } = regressionMetrics(
          pairs.map(([actual]) => actual),
          pairs.map(([, predicted]) => predicted),
        );
        expect(rmse ** 2).toBeCloseTo(mse, Math.max(0, 6 - Math.ceil(Math.log10(mse + 1))));
        expect(mae).toBeLessThanOrEqual(rmse * (1 + 1e-12) + 1e-12);
        if (r2 !== null) expect(r2).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});
