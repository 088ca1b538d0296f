/**
 * Evaluation metrics for binary classifiers and regressors, with scikit-learn's definitions. Pure: no React, no
 * DOM. Pages, calculators and scripts all compute through here, so a number on the site cannot drift from its
 * formula.
 */

/** What was wrong with an input, so a calculator can say it in the reader's language. */
export type MetricInputProblem =
  | 'not-a-count'
  | 'all-zero'
  | 'empty'
  | 'length-mismatch'
  | 'not-a-label'
  | 'not-finite'
  | 'one-class'
  | 'bad-threshold'
  | 'negative'
  | 'too-large'
  | 'bad-k'
  | 'total-too-small'
  | 'bad-gain'
  | 'not-a-probability';

/** Thrown for input a metric is not defined on; the message says what is needed instead. */
export class MetricInputError extends Error {
  constructor(
    message: string,
    readonly problem: MetricInputProblem,
    /** Where the problem is: a field name, or a 0-based position in an array. */
    readonly where?: string | number,
  ) {
    super(message);
    this.name = 'MetricInputError';
  }
}

/** The four cells of a binary confusion matrix. */
export interface ConfusionCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** Classification metrics; `null` where the denominator is zero (undefined), never NaN or Infinity. */
export interface ClassificationMetrics {
  accuracy: number | null;
  precision: number | null;
  recall: number | null;
  specificity: number | null;
  f1: number | null;
}

/** One point of a ROC curve: predicting positive when score ≥ threshold gives this FPR and TPR. */
export interface RocPoint {
  readonly threshold: number;
  readonly fpr: number;
  readonly tpr: number;
}

/** Regression metrics; R² is `null` when all true values are equal (its denominator is zero). */
export interface RegressionMetrics {
  mse: number;
  rmse: number;
  mae: number;
  r2: number | null;
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

function assertCounts(counts: ConfusionCounts): void {
  for (const field of ['tp', 'fp', 'fn', 'tn'] as const) {
    const value = counts[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new MetricInputError(
        `${field.toUpperCase()} must be a whole number of 0 or more, not ${String(value)}`,
        'not-a-count',
        field,
      );
    }
  }
  if (counts.tp + counts.fp + counts.fn + counts.tn === 0) {
    throw new MetricInputError('At least one of TP, FP, FN and TN must be more than 0', 'all-zero');
  }
}

/** Accuracy, precision, recall, specificity and F1 of a confusion matrix. */
export function classificationMetrics(counts: ConfusionCounts): ClassificationMetrics {
  assertCounts(counts);
  const { tp, fp, fn, tn } = counts;
  return {
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    specificity: ratio(tn, tn + fp),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** False positive rate, FP / (FP + TN): the x-axis of a ROC curve; `null` when there are no negatives. */
export function falsePositiveRate(counts: ConfusionCounts): number | null {
  assertCounts(counts);
  return ratio(counts.fp, counts.fp + counts.tn);
}

function assertPaired(first: readonly number[], second: readonly number[], names: [string, string]): void {
  if (!Array.isArray(first) || !Array.isArray(second) || first.length === 0 || second.length === 0) {
    throw new MetricInputError(`${names[0]} and ${names[1]} must each hold at least one value`, 'empty');
  }
  if (first.length !== second.length) {
    throw new MetricInputError(
      `${names[0]} has ${first.length} values but ${names[1]} has ${second.length}; they must pair up one to one`,
      'length-mismatch',
    );
  }
}

function assertFinite(values: readonly number[], name: string): void {
  const index = values.findIndex((value) => typeof value !== 'number' || !Number.isFinite(value));
  if (index !== -1) {
    throw new MetricInputError(
      `${name}[${index}] must be a finite number, not ${String(values[index])}`,
      'not-finite',
      index,
    );
  }
}

/** Labels of 0 and 1 paired one to one with finite numbers (scores, or probabilities: `name` says which). */
function assertScored(labels: readonly number[], scores: readonly number[], name = 'scores'): void {
  assertPaired(labels, scores, ['labels', name]);
  const index = labels.findIndex((label) => label !== 0 && label !== 1);
  if (index !== -1) {
    throw new MetricInputError(
      `labels[${index}] is ${String(labels[index])}; a label must be 0 (negative) or 1 (positive)`,
      'not-a-label',
      index,
    );
  }
  assertFinite(scores, name);
}

function assertBothClasses(labels: readonly number[]): void {
  if (!labels.includes(0) || !labels.includes(1)) {
    throw new MetricInputError(
      'A ROC curve needs at least one positive (1) and one negative (0) label',
      'one-class',
    );
  }
}

/** The confusion matrix when every sample whose score is ≥ `threshold` is predicted positive. */
export function confusionAtThreshold(
  labels: readonly number[],
  scores: readonly number[],
  threshold: number,
): ConfusionCounts {
  assertScored(labels, scores);
  if (typeof threshold !== 'number' || Number.isNaN(threshold)) {
    throw new MetricInputError(`The threshold must be a number, not ${String(threshold)}`, 'bad-threshold');
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((label, index) => {
    const positive = (scores[index] ?? 0) >= threshold;
    if (label === 1) {
      if (positive) tp++;
      else fn++;
    } else if (positive) fp++;
    else tn++;
  });
  return { tp, fp, fn, tn };
}

/**
 * The ROC curve: (0, 0) at threshold +∞, then one point per distinct score from the highest down, ending at
 * (1, 1). No point is dropped (scikit-learn's `roc_curve(..., drop_intermediate=False)`).
 */
export function rocCurve(labels: readonly number[], scores: readonly number[]): RocPoint[] {
  assertScored(labels, scores);
  assertBothClasses(labels);
  const positives = labels.filter((label) => label === 1).length;
  const negatives = labels.length - positives;
  const order = labels.map((_, index) => index).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const points: RocPoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length;) {
    const threshold = scores[order[i] ?? 0] ?? 0;
    // Samples with equal scores cross the threshold together.
    while (i < order.length && scores[order[i] ?? 0] === threshold) {
      if (labels[order[i] ?? 0] === 1) tp++;
      else fp++;
      i++;
    }
    points.push({ threshold, fpr: fp / negatives, tpr: tp / positives });
  }
  return points;
}

/** Area under the ROC curve by the trapezoidal rule: tied positive–negative pairs count one half. */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const points = rocCurve(labels, scores);
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1];
    const current = points[i];
    if (previous && current) area += ((current.fpr - previous.fpr) * (current.tpr + previous.tpr)) / 2;
  }
  return area;
}

/** Labels of 0 and 1 paired with predicted probabilities of the positive class, each in [0, 1]. */
function assertProbabilities(labels: readonly number[], probabilities: readonly number[]): void {
  assertScored(labels, probabilities, 'probabilities');
  const index = probabilities.findIndex((probability) => probability < 0 || probability > 1);
  if (index !== -1) {
    throw new MetricInputError(
      `probabilities[${index}] is ${String(probabilities[index])}; a probability must be between 0 and 1`,
      'not-a-probability',
      index,
    );
  }
}

/**
 * Log loss (binary cross-entropy) in nats, averaged over samples, as scikit-learn's `log_loss`: probabilities are
 * clipped to [ε, 1 − ε] with ε the float64 machine epsilon, so a confident mistake costs about 36, not infinity.
 */
export function logLoss(labels: readonly number[], probabilities: readonly number[]): number {
  assertProbabilities(labels, probabilities);
  const epsilon = Number.EPSILON;
  let total = 0;
  labels.forEach((label, index) => {
    const probability = Math.min(Math.max(probabilities[index] ?? 0, epsilon), 1 - epsilon);
    total -= label === 1 ? Math.log(probability) : Math.log(1 - probability);
  });
  return total / labels.length;
}

/** Brier score: the mean squared difference between predicted probability and outcome (`brier_score_loss`). */
export function brierScore(labels: readonly number[], probabilities: readonly number[]): number {
  assertProbabilities(labels, probabilities);
  return (
    labels.reduce((sum, label, index) => sum + ((probabilities[index] ?? 0) - label) ** 2, 0) / labels.length
  );
}

/** MSE, RMSE, MAE and R² of predictions against true values. */
export function regressionMetrics(yTrue: readonly number[], yPred: readonly number[]): RegressionMetrics {
  assertPaired(yTrue, yPred, ['yTrue', 'yPred']);
  assertFinite(yTrue, 'yTrue');
  assertFinite(yPred, 'yPred');
  const n = yTrue.length;
  let squared = 0;
  let absolute = 0;
  let sum = 0;
  yTrue.forEach((actual, index) => {
    const error = actual - (yPred[index] ?? 0);
    squared += error * error;
    absolute += Math.abs(error);
    sum += actual;
  });
  const mean = sum / n;
  const first = yTrue[0];
  // Compare exactly: the mean of equal floats need not equal them, which would give a huge R² instead of none;
  // and values so close that their spread underflows to 0 have no usable denominator either.
  const totalSquares = yTrue.reduce((total, value) => total + (value - mean) ** 2, 0);
  const constant = totalSquares === 0 || yTrue.every((value) => value === first);
  const mse = squared / n;
  return {
    mse,
    rmse: Math.sqrt(mse),
    mae: absolute / n,
    r2: constant ? null : 1 - squared / totalSquares,
  };
}

/**
 * How the site shows a metric: `digits` places after the point (0.7273), or as a percentage with the same
 * precision (`digits` − 2 places: 72.73%) and trailing zeros dropped (94%, 90.5%).
 */
export function formatMetric(value: number, options: { digits?: number; percent?: boolean } = {}): string {
  const { digits = 4, percent = false } = options;
  if (!percent) return value.toFixed(digits);
  // A fixed column of decimals reads well in a table of fractions; in running text "94.0000%" is noise.
  const fixed = (value * 100).toFixed(Math.max(0, digits - 2));
  return `${fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed}%`;
}
