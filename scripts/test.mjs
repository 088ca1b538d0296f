#!/usr/bin/env node
// The whole test suite, in order, stopping at the first failing stage:
// types, lint and the content checks (Chinese typography, terminology, English spelling), unit and content tests,
// a production build of both locales, then the browser tests.
// Ends with one line a CI reader recognises: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reportDir = mkdtempSync(path.join(tmpdir(), 'ai-pm-test-'));
const totals = { passed: 0, failed: 0 };
const timings = [];

/** Runs one command with inherited output; returns whether it succeeded. */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status === 0;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  return () => {
    const ok = run(command, args);
    totals[ok ? 'passed' : 'failed'] += 1;
    return ok;
  };
}

/** A vitest project: every test in it counts. */
function vitestProject(project) {
  return () => {
    const report = path.join(reportDir, `${project}.json`);
    const ok = run('npx', [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    try {
      const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += numPassedTests;
      totals.failed += numFailedTests + (ok || numFailedTests > 0 ? 0 : 1);
    } catch {
      totals.failed += 1; // vitest died before writing its report
    }
    return ok;
  };
}

const stages = [
  ['types (tsc)', check('tsc', 'npx', ['tsc'])],
  ['lint (eslint)', check('eslint', 'npx', ['eslint', '.', '--max-warnings', '0'])],
  ['format (prettier)', check('prettier', 'npx', ['prettier', '--check', '.'])],
  ['unused files, exports and dependencies (knip)', check('knip', 'npx', ['knip'])],
  ['Chinese typography (zhlint)', check('zh typography', 'node', ['scripts/check-zh-typography.mjs'])],
  ['terminology the glossary says to avoid', check('terminology', 'node', ['scripts/check-terminology.mjs'])],
  ['English spelling (cspell, en-US)', check('spelling', 'npx', ['cspell', '--no-progress'])],
  ['unit and content tests', vitestProject('unit')],
  ['production build, both locales, ready to deploy', check('build', 'npm', ['run', 'build'])],
  ['browser tests', vitestProject('e2e')],
];

let failedStage = null;
for (const [name, stage] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const ok = stage();
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) {
    failedStage = name;
    break;
  }
}
rmSync(reportDir, { recursive: true, force: true });

console.log(`\n${timings.join('\n')}`);
if (failedStage) console.log(`Stopped at the first failing stage: ${failedStage}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStage ? 1 : 0);
