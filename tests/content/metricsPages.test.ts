import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { listMarkdownFiles } from './contentFiles';

const siteDir = path.resolve(__dirname, '../..');
const folders = ['docs/metrics', 'i18n/en/docusaurus-plugin-content-docs/current/metrics'];
/**
 * Glossary terms whose worked examples are computed too: the ranking terms and every term added since (older terms
 * still quote rounded values in prose).
 */
const computedTerms = [
  'ndcg',
  'mean-average-precision',
  'mean-reciprocal-rank',
  'precision-at-k',
  'a-b-testing',
  'active-learning',
  'ai-agent',
  'algorithmic-fairness',
  'attention-mechanism',
  'calibration',
  'candidate-generation',
  'chain-of-thought',
  'click-through-rate',
  'clustering',
  'cold-start',
  'context-window',
  'cross-validation',
  'data-drift',
  'decision-threshold',
  'diffusion-model',
  'embedding',
  'explainability',
  'exploration-exploitation',
  'federated-learning',
  'filter-bubble',
  'fine-tuning',
  'foundation-model',
  'function-calling',
  'gradient-boosting',
  'gradient-descent',
  'guardrails',
  'hallucination',
  'human-in-the-loop',
  'hyperparameter',
  'inference-latency',
  'knowledge-distillation',
  'learning-to-rank',
  'llm-as-a-judge',
  'logistic-regression',
  'loss-function',
  'lstm',
  'mixture-of-experts',
  'mlops',
  'model-card',
  'multimodal-model',
  'online-offline-metrics',
  'overfitting',
  'precision-recall-curve',
  'prompt-engineering',
  'prompt-injection',
  'quantization',
  'retrieval-augmented-generation',
  'rlhf',
  'sampling-temperature',
  'self-supervised-learning',
  'synthetic-data',
  'token',
  'train-validation-test-split',
  'two-tower-model',
  'underfitting',
  'unsupervised-learning',
  'vector-database',
];
const pages = [
  ...folders.flatMap((folder) =>
    listMarkdownFiles(path.join(siteDir, folder)).map((file) => path.join(folder, file)),
  ),
  ...computedTerms.flatMap((id) => [
    `docs/glossary/${id}.mdx`,
    `i18n/en/docusaurus-plugin-content-docs/current/glossary/${id}.mdx`,
  ]),
];

/**
 * A result typed by hand ("= 0.8", "≈ 0.6667", "= 97%") can drift from its formula; on these pages every
 * computed number comes from <MetricValue>, which computes it with src/lib/metrics.ts at build time.
 */
const typedResult = /(?:=|≈|\\approx)\s*\$?\s*-?(?:\d+\.\d+|\d+(?:\.\d+)?\s*(?:%|\\%))/g;

describe('metrics pages compute their worked examples', () => {
  it('exist in both locales', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it.each(pages)('%s types no result by hand', (file) => {
    const source = readFileSync(path.join(siteDir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const found = source.split('\n').flatMap((line, index) =>
      [...line.matchAll(typedResult)]
        .map((match) => match[0].trim())
        // "= 1.0" is a definition (a perfect score), not a result.
        .filter((result) => !/^(?:=|≈|\\approx)\s*\$?\s*[01](?:\.0+)?$/.test(result))
        .map(
          (result) =>
            `${file}:${index + 1}: "${result}" — render it with <MetricValue> or <RankingValue> instead`,
        ),
    );
    expect(found).toEqual([]);
  });
});
