import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { rocAuc } from '../../src/lib/metrics';
import { averagePrecision, ndcgAtK } from '../../src/lib/ranking';
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

      // The table renders once the details element reports that it opened (its toggle event comes a task later).
      await explorer.getByText(/曲线上的 \d+ 个点/).click();
      const points = Number(await slider.getAttribute('max')) + 1;
      await expect.poll(() => explorer.locator('details tbody tr').count()).toBe(points);

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

describe('ranking calculator', () => {
  const feed = [3, 0, 2, 0, 0, 1, 0, 0, 0, 0];

  it('shows every metric with the reader’s numbers, charts the top k, and refuses bad input beside the field', async () => {
    const { page, consoleErrors } = await open('/metrics/ranking');
    try {
      const calculator = section(page, '排序指标计算器');
      const row = (name: RegExp) => calculator.getByRole('row', { name });
      const value = (name: RegExp) => row(name).locator('output');
      await expect.poll(() => value(/^精确率/).textContent()).toBe('0.4000');
      expect(await row(/^精确率/).textContent()).toMatch(/2\s*\/\s*5/);
      expect(await value(/^NDCG|归一化/).textContent()).toBe(ndcgAtK(feed, 5)?.toFixed(4));
      expect(await value(/^平均精确率/).textContent()).toBe(
        averagePrecision({ relevance: feed }, 5)?.toFixed(4),
      );
      expect(await value(/^倒数排名/).textContent()).toBe('1.0000');
      expect(await calculator.locator('svg rect').count()).toBe(10);

      // The gain is a radio group the keyboard can switch.
      await calculator.getByRole('radio', { name: /线性/ }).focus();
      await page.keyboard.press('ArrowDown');
      expect(await calculator.getByRole('radio', { name: /指数/ }).isChecked()).toBe(true);
      await expect
        .poll(() => value(/归一化/).textContent())
        .toBe(ndcgAtK(feed, 5, 'exponential')?.toFixed(4));

      const totals = calculator.getByLabel('相关条目总数（可选）');
      await totals.fill('4');
      await expect.poll(() => value(/^召回率/).textContent()).toBe('0.5000');
      await totals.fill('4, 2');
      await calculator.getByRole('alert').filter({ hasText: '每个查询填一个数' }).waitFor();
      await totals.fill('2');
      await calculator.getByRole('alert').filter({ hasText: '已有 3 个相关条目' }).waitFor();
      expect(await totals.getAttribute('aria-invalid')).toBe('true');
      await totals.fill('');

      const k = calculator.getByLabel(/^k/);
      await k.fill('0');
      await calculator.getByRole('alert').filter({ hasText: 'k 至少是 1' }).waitFor();
      await k.fill('abc');
      await calculator.getByRole('alert').filter({ hasText: 'k 必须是整数' }).waitFor();
      expect(await k.inputValue()).toBe('abc');
      await k.fill('5');

      const grades = calculator.getByRole('textbox', { name: /每行一个查询/ });
      await grades.fill('3, 0, x');
      await calculator.getByRole('alert').filter({ hasText: '第 1 行第 3 个值不是数字' }).waitFor();
      expect(await grades.inputValue()).toBe('3, 0, x');
      expect(await grades.getAttribute('aria-invalid')).toBe('true');
      await grades.fill('1, -2');
      await calculator.getByRole('alert').filter({ hasText: '负数' }).waitFor();
      await grades.fill('  ');
      await calculator.getByRole('alert').filter({ hasText: '请按排序顺序填入' }).waitFor();
      expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);

      // Several queries: means, with undefined queries left out and counted.
      await grades.fill('3 0 2 0 0\n0 1 0 1 0\n0 0 0 0 0');
      await expect.poll(() => value(/^倒数排名/).textContent()).toBe('0.5000');
      expect(await row(/^平均精确率/).textContent()).toContain('1 个查询无定义');
      expect(await calculator.textContent()).toContain('3 个查询');

      // 10 000 graded items, set in one go the way a paste arrives: results within a second, chart of the top k only.
      const elapsed = await grades.evaluate(async (element: HTMLTextAreaElement) => {
        const text = Array.from({ length: 10_000 }, (_, i) => String((i * 7919) % 4)).join(', ');
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        const start = performance.now();
        setValue?.call(element, text);
        element.dispatchEvent(new Event('input', { bubbles: true }));
        const section = element.closest('section');
        await new Promise<void>((resolve) => {
          const check = () => {
            if (section?.querySelector('svg') && !section.textContent?.includes('3 个查询')) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      });
      expect(elapsed).toBeLessThan(1000);
      expect(await calculator.locator('svg rect').count()).toBe(10);
      expect(await calculator.locator('*').count()).toBeLessThan(300);
      await grades.evaluate((element: HTMLTextAreaElement) => {
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        setValue?.call(element, Array.from({ length: 100_001 }, () => '1').join(','));
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await calculator.getByRole('alert').filter({ hasText: '条目太多' }).waitFor();
      expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks English on the English page', async () => {
    const { page, consoleErrors } = await open('/en/metrics/ranking');
    try {
      const calculator = section(page, 'Ranking metrics calculator');
      await expect
        .poll(() =>
          calculator
            .getByRole('row', { name: /^Precision@k/ })
            .locator('output')
            .textContent(),
        )
        .toBe('0.4000');
      expect(await calculator.textContent()).not.toMatch(/[\u3400-\u9fff]/);
      await calculator.getByLabel(/^k/).fill('2.5');
      await calculator.getByRole('alert').filter({ hasText: 'whole number' }).waitFor();
      const grades = calculator.getByRole('textbox', { name: /One query per line/ });
      await grades.fill('2 1 zero');
      await calculator.getByRole('alert').filter({ hasText: 'Value 3 on line 1 is not a number' }).waitFor();
      await calculator.getByLabel(/^Relevant items in total/).fill('-1');
      await calculator.getByRole('alert').filter({ hasText: 'whole number of 0 or more' }).waitFor();
      expect(await calculator.textContent()).not.toMatch(/[\u3400-\u9fff]|NaN/);
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

  it.each(['/intro', '/glossary/recall', '/glossary/ndcg', '/metrics', '/metrics/cheatsheet'])(
    '%s loads none of it',
    async (pathname) => {
      const scripts = await loadedScripts(pathname);
      for (const marker of ['混淆矩阵计算器', 'ROC 曲线探索器', '回归指标计算器', '排序指标计算器'])
        expect(scripts).not.toContain(marker);
    },
  );

  it('/metrics/classification loads its two calculators', async () => {
    const scripts = await loadedScripts('/metrics/classification');
    expect(scripts).toContain('confusionCalculator.title');
    expect(scripts).toContain('rocExplorer.title');
    expect(scripts).not.toContain('regressionCalculator.title');
    expect(scripts).not.toContain('rankingCalculator.title');
  });

  it('/metrics/ranking loads the ranking calculator and no other', async () => {
    const scripts = await loadedScripts('/metrics/ranking');
    expect(scripts).toContain('rankingCalculator.title');
    expect(scripts).not.toContain('confusionCalculator.title');
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
