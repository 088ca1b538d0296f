/**
 * The small formulas glossary pages work examples with (rates, lifts, the logistic and softmax functions). Pure:
 * no React, no DOM. Like the metrics, they throw a {@link MetricInputError} that says what they need.
 */
import { MetricInputError } from './metrics';

function assertFiniteNumber(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(`${name} must be a finite number, not ${String(value)}`, 'not-finite', name);
  }
}

/** numerator / denominator, such as clicks per impression; `null` when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  assertFiniteNumber(numerator, 'numerator');
  assertFiniteNumber(denominator, 'denominator');
  return denominator === 0 ? null : numerator / denominator;
}

/** (value − baseline) / baseline, such as a treatment's lift over its control; `null` when the baseline is 0. */
export function relativeChange(baseline: number, value: number): number | null {
  assertFiniteNumber(baseline, 'baseline');
  assertFiniteNumber(value, 'value');
  return baseline === 0 ? null : (value - baseline) / baseline;
}

/** The logistic function 1 / (1 + e^(−z)), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  assertFiniteNumber(z, 'z');
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const exp = Math.exp(z);
  return exp / (1 + exp);
}

/**
 * Softmax with a temperature: e^(zᵢ/T) / Σⱼ e^(zⱼ/T). A temperature below 1 sharpens the distribution, above 1
 * flattens it. Shifted by the largest logit, so large logits do not overflow.
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  if (!Array.isArray(logits) || logits.length === 0) {
    throw new MetricInputError('logits must hold at least one value', 'empty', 'logits');
  }
  logits.forEach((logit, index) => assertFiniteNumber(logit, `logits[${index}]`));
  assertFiniteNumber(temperature, 'temperature');
  if (temperature <= 0) {
    throw new MetricInputError(
      `temperature must be more than 0, not ${String(temperature)} (a temperature of 0 is greedy decoding: take the largest logit)`,
      'negative',
      'temperature',
    );
  }
  const largest = Math.max(...logits);
  const weights = logits.map((logit) => Math.exp((logit - largest) / temperature));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}
