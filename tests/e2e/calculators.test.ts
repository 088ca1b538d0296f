import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { rocAuc } from '../../src/lib/metrics';
import { rocPresets } from '../../src/lib/rocPresets';
import { sharedBrowser, siteOrigin, waitForHydration, watchPage } from './browser';

const origin = siteOrigin();

const browser = sharedBrowser();

async function open(pathname: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const problems = await watchPage(page, origin);
  await page.goto(`${origin}${pathname}`);
  await waitForHydration(page);
  return { page, consoleErrors: problems.consoleErrors };
}

const section = (page: Page, title: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });

describe('confusion-matrix calculator', () => {
  it('shows the five metrics with the reader’s numbers, and explains bad input without NaN', async () => {
    const { page, consoleErrors } = await open('/metrics/classification');
    try {
      const calculator = section(page, '混淆矩阵计算器');
      const value = (name: string) =>
        calculator.getByRole('row', { name: new RegExp(name) }).locator('output');
      await expect.poll(() => value('精确率').textContent()).toBe('0.8000');
      expect(await value('F1').textContent()).toBe('0.7273');
      expect(await value('准确率').textContent()).toBe('0.9700');
      expect(await calculator.getByRole('row', { name: /精确率/ }).textContent()).toContain('40 + 10');

      const tp = calculator.getByLabel(/^TP/);
      await tp.fill('abc');
      await calculator.getByRole('alert').filter({ hasText: '只能填整数' }).waitFor();
      expect(await tp.inputValue()).toBe('abc');
      expect(await tp.getAttribute('aria-invalid')).toBe('true');
      await tp.fill('-4');
      await calculator.getByRole('alert').filter({ hasText: '不能为负' }).waitFor();
      expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);

      for (const label of [/^TP/, /^FP/, /^FN/, /^TN/]) await calculator.getByLabel(label).fill('0');
      await calculator.getByText('不能都是 0').waitFor();
      await calculator.getByLabel(/^TN/).fill('5');
      await expect.poll(() => value('特异度').textContent()).toBe('1.0000');
      expect(await calculator.getByRole('row', { name: /精确率/ }).textContent()).toContain('无定义');
      expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks English on the English page', async () => {
    const { page } = await open('/en/metrics/classification');
    try {
      const calculator = section(page, 'Confusion-matrix calculator');
      await calculator.getByLabel(/^TP/).fill('4.5');
      await calculator.getByRole('alert').filter({ hasText: 'whole number' }).waitFor();
    } finally {
      await page.close();
    }
  });
});

describe('ROC explorer', () => {
  it('draws presets with their AUC and moves a marker with the threshold', async () => {
    const { page, consoleErrors } = await open('/metrics/classification');
    try {
      const explorer = section(page, 'ROC 曲线探索器');
      const auc = explorer.locator('p').filter({ hasText: 'AUC' }).locator('output');
      const expected = (name: keyof typeof rocPresets) =>
        rocAuc(
          rocPresets[name].map(([label]) => label),
          rocPresets[name].map(([, score]) => score),
        ).toFixed(4);
      await expect.poll(() => auc.textContent()).toBe(expected('good'));
      await explorer.getByRole('button', { name: '随机猜测' }).click();
      await expect.poll(() => auc.textContent()).toBe('0.5000');
      await explorer.getByRole('button', { name: '区分得差的模型' }).click();
      await expect.poll(() => auc.textContent()).toBe(expected('weak'));

      const slider = explorer.getByRole('slider');
      const marker = explorer.locator('svg circle');
      const before = await marker.getAttribute('cx');
      const tpBefore = await explorer.getByRole('row', { name: /TP/ }).textContent();
      await slider.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await marker.getAttribute('cx')).not.toBe(before);
      expect(await explorer.getByRole('row', { name: /TP/ }).textContent()).not.toBe(tpBefore);

      await explorer.getByText(/曲线上的 \d+ 个点/).click();
      const rows = await explorer.locator('details tbody tr').count();
      expect(rows).toBe(Number(await slider.getAttribute('max')) + 1);

      const pairs = explorer.getByRole('textbox');
      await pairs.fill('1, 0.9\n1, 0.4');
      await explorer.getByRole('alert').filter({ hasText: '至少一个正类' }).waitFor();
      await pairs.fill('1, 0.9\n2, 0.4');
      await explorer.getByRole('alert').filter({ hasText: '第 2 行' }).waitFor();
      expect(await pairs.inputValue()).toBe('1, 0.9\n2, 0.4');
      expect(await explorer.textContent()).not.toMatch(/NaN/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('regression calculator', () => {
  it('computes the metrics, draws residuals, and refuses nonsense politely', async () => {
    const { page, consoleErrors } = await open('/metrics/regression');
    try {
      const calculator = section(page, '回归指标计算器');
      const metric = (name: string) =>
        calculator.locator('dl > div').filter({ hasText: name }).locator('output');
      await expect.poll(() => metric('MSE').first().textContent()).toBe('0.3750');
      expect(await metric('MAE').first().textContent()).toBe('0.5000');
      expect(await metric('R²').first().textContent()).toBe('0.9486');
      expect(await calculator.locator('svg circle').count()).toBe(4);

      const pairs = calculator.getByRole('textbox');
      await pairs.fill('The model did well last quarter, and we expect even better results next year.');
      await calculator.getByRole('alert').filter({ hasText: '成对的数字' }).waitFor();
      // 100 000 pasted rows: set in one go, the way a paste arrives, then expect a refusal, not a frozen page.
      await pairs.evaluate((element: HTMLTextAreaElement) => {
        const text = Array.from({ length: 100_000 }, (_, i) => `${i}\t${i + 0.5}`).join('\n');
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        setValue?.call(element, text);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await calculator.getByRole('alert').filter({ hasText: '行数太多' }).waitFor();
      await pairs.fill('5, 4\n5, 6\n5, 5');
      await calculator.getByText('所有真实值都相同').waitFor();
      expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('calculator code stays on calculator pages', () => {
  /** The text of every script the page loaded. */
  async function loadedScripts(pathname: string): Promise<string> {
    const page = await browser().newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    await page.goto(`${origin}${pathname}`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    await page.close();
    return (await Promise.all(bodies)).join('\n');
  }

  it.each(['/intro', '/glossary/recall', '/metrics'])('%s loads none of it', async (pathname) => {
    const scripts = await loadedScripts(pathname);
    for (const marker of ['混淆矩阵计算器', 'ROC 曲线探索器', '回归指标计算器'])
      expect(scripts).not.toContain(marker);
  });

  it('/metrics/classification loads its two calculators', async () => {
    const scripts = await loadedScripts('/metrics/classification');
    expect(scripts).toContain('confusionCalculator.title');
    expect(scripts).toContain('rocExplorer.title');
    expect(scripts).not.toContain('regressionCalculator.title');
  });
});

describe('the cheat sheet', () => {
  it.each(['/metrics/cheatsheet', '/en/metrics/cheatsheet'])(
    '%s prints on one A4 sheet without navigation',
    async (pathname) => {
      const { page } = await open(pathname);
      try {
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.navbar').isVisible()).toBe(false);
        expect(await page.locator('.theme-doc-sidebar-container').isVisible()).toBe(false);
        expect(await page.locator('.katex').count()).toBeGreaterThan(8);
        const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages).toHaveLength(1);
      } finally {
        await page.close();
      }
    },
  );
});
