import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rate, relativeChange, sigmoid, softmax } from '../formulas';
import { MetricInputError } from '../metrics';

describe('rate and relative change', () => {
  it('divide, with null for a zero denominator or baseline', () => {
    expect(rate(320, 10_000)).toBe(0.032);
    expect(rate(5, 0)).toBeNull();
    expect(relativeChange(0.03, 0.033)).toBeCloseTo(0.1, 12);
    expect(relativeChange(0.05, 0.04)).toBeCloseTo(-0.2, 12);
    expect(relativeChange(0, 0.1)).toBeNull();
  });

  it('name the input that is not a number', () => {
    expect(() => rate(Number.NaN, 10)).toThrow(/numerator must be a finite number, not NaN/);
    expect(() => relativeChange(0.1, Infinity)).toThrow(MetricInputError);
  });
});

describe('sigmoid', () => {
  it('matches the logistic function and never overflows', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1.5)).toBeCloseTo(0.8175744761936437, 15);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });

  it('is symmetric: σ(−z) = 1 − σ(z)', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (z) => {
        expect(sigmoid(-z)).toBeCloseTo(1 - sigmoid(z), 12);
      }),
    );
  });
});

describe('softmax', () => {
  it('matches reference values (scipy.special.softmax([1, 2, 3]))', () => {
    const [a, b, c] = softmax([1, 2, 3]);
    expect(a).toBeCloseTo(0.09003057317038046, 15);
    expect(b).toBeCloseTo(0.24472847105479764, 15);
    expect(c).toBeCloseTo(0.6652409557748219, 15);
  });

  it('sums to 1, keeps the order of the logits, and sharpens as the temperature falls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (logits, temperature) => {
          const probabilities = softmax(logits, temperature);
          expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
          const top = logits.indexOf(Math.max(...logits));
          expect(Math.max(...probabilities)).toBe(probabilities[top]);
          expect(softmax(logits, temperature / 2)[top]).toBeGreaterThanOrEqual(
            (probabilities[top] ?? 0) - 1e-12,
          );
        },
      ),
    );
  });

  it('does not overflow on large logits', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });

  it('explains what it needs', () => {
    expect(() => softmax([])).toThrow(/at least one value/);
    expect(() => softmax([1, Number.NaN])).toThrow(/logits\[1\] must be a finite number/);
    expect(() => softmax([1, 2], 0)).toThrow(/temperature must be more than 0/);
  });
});
