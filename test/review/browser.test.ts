import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { runInProcess } from '../cli/helpers.js';
import { repoRoot, seedsDir, SEED_004 } from './gold-result.js';
import { fixedReport } from './report-data.js';

/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core, installed here
 * when absent (we run as root in CI). When it cannot be had, every test is skipped with the reason.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The artifacts: the top of seed 004's view, and the view around its first split. */
const SCREENSHOT = path.join(repoRoot, 'test-output/review/seed-004.png');
const SPLIT_SCREENSHOT = path.join(repoRoot, 'test-output/review/seed-004-split.png');
const INSTALL_TIMEOUT_MS = 15 * 60_000;
/** Bulk copies in the fixed report: enough to show a large run opens and stays lazy. */
const BULK = 2000;

let workDir = '';
let browser: BrowserContext | null = null;
let unavailable: string | null = null;

/** Returns null when chromium is there (installing it if need be), else why it is not. */
function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing and installing it needs root`;
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing and apt-get install chromium failed (exit ${install.status})`;
}

beforeAll(async () => {
  unavailable = ensureChromium();
  if (unavailable !== null) return;
  workDir = mkdtempSync(path.join(tmpdir(), 'newsclean-review-'));
  browser = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}, INSTALL_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await browser?.close();
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

function needBrowser(ctx: TestContext): BrowserContext {
  if (browser === null) ctx.skip(`browser test skipped: ${unavailable ?? 'chromium did not start'}`);
  return browser;
}

interface OpenedReport {
  page: Page;
  /** Console errors, uncaught exceptions and dialogs (a dialog would mean injected script ran). */
  problems: string[];
  /** Requests for anything but the report file itself. */
  outside: string[];
}

async function openReport(context: BrowserContext, file: string, hash = ''): Promise<OpenedReport> {
  const page = await context.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('#doc-list li');
  return { page, problems, outside };
}

describe('review report of the seeds, made by the CLI', () => {
  it('opens with no console errors and shows seed 004 split into articles (screenshot kept)', async (ctx) => {
    const context = needBrowser(ctx);
    const file = path.join(workDir, 'seeds.html');
    const run = await runInProcess(['review', path.relative(repoRoot, seedsDir), '--html', file]);
    expect(run.stderr).toContain('written to');
    const { page, problems, outside } = await openReport(context, file);
    await page.getByRole('link', { name: new RegExp(SEED_004.replace('.', '\\.')) }).click();
    await page.waitForSelector('#view-doc .listing, #view-doc .error');
    expect(await page.locator('#view-doc .error').allTextContents()).toEqual([]);
    const expected = await page.evaluate((seed) => {
      const data = JSON.parse((globalThis as unknown as PageGlobal).document.getElementById('review-data')?.textContent ?? '{}') as {
        docs: Array<{ source: string; articleCount: number }>;
      };
      return data.docs.find((d) => d.source.endsWith(seed))?.articleCount ?? 0;
    }, SEED_004);
    expect(await page.locator('#view-doc .art').count()).toBe(expected);
    expect(await page.locator('#view-doc h2').textContent()).toContain(SEED_004);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    if (expected > 1) {
      await page.locator('#view-doc .art').nth(1).scrollIntoViewIfNeeded();
      await page.screenshot({ path: SPLIT_SCREENSHOT });
    }
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    expect(run.code).toBe(0);
  });
});

/**
 * What page functions touch: the project's TypeScript has no DOM library. Page code is passed as
 * functions, never strings: Playwright compiles a string in the page, which the report's Content
 * Security Policy (no 'unsafe-eval') rightly refuses.
 */
interface PageGlobal {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    getElementById(id: string): { textContent: string | null } | null;
  };
  location: { hash: string };
}

describe('review report of a large fixed run', () => {
  let file = '';
  beforeAll(() => {
    if (browser === null) return;
    file = path.join(workDir, 'fixed.html');
    writeFileSync(file, fixedReport(BULK));
  });

  const docTitle = (page: Page): Promise<string | null> => page.locator('#view-doc h2').textContent();
  /** Navigation goes through the URL hash, whose event comes a moment after the key press. */
  const expectShown = async (page: Page, name: string): Promise<void> => {
    // A function, not a string: a string predicate is compiled in the page, which the report's CSP forbids.
    const shown = (expected: string): boolean => (globalThis as unknown as PageGlobal).document.querySelector('#view-doc h2')?.textContent === expected;
    await page.waitForFunction(shown, name, { timeout: 5000 }).catch(() => undefined);
    expect(await docTitle(page)).toBe(name);
  };
  const listed = (page: Page): Promise<string[]> => page.locator('#doc-list .name').allTextContents();

  it('renders only the document shown', async (ctx) => {
    const { page, problems } = await openReport(needBrowser(ctx), file);
    expect(await page.locator('#doc-list li').count()).toBe(BULK + 4);
    expect(await page.locator('.listing').count()).toBe(1);
    expect(await page.locator('.listing .ln').count()).toBe(47);
    expect(problems).toEqual([]);
  });

  it('filters documents and highlights lines by rule id and by category', async (ctx) => {
    const { page, problems } = await openReport(needBrowser(ctx), file);
    await page.selectOption('#f-rule', 'video-block');
    expect(await listed(page)).toEqual([SEED_004]);
    await expectShown(page, SEED_004);
    expect(await page.locator('.ln.match').count()).toBe(12);
    expect(await page.locator('.ln.dim').count()).toBe(39 - 12);

    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-category', 'newsletter');
    expect(await page.locator('#doc-count').textContent()).toBe(`${BULK + 1} of ${BULK + 4} documents`);
    await expectShown(page, 'sample.txt');
    expect(await page.locator('.ln.match').count()).toBe(1);

    await page.selectOption('#f-rule', 'video-block');
    expect(await page.locator('#view-doc .empty').textContent()).toContain('No document matches');
    expect(problems).toEqual([]);
  });

  it('moves between documents with j/k and the arrow keys, within the filtered list', async (ctx) => {
    const { page, problems } = await openReport(needBrowser(ctx), file, '#doc=0');
    await page.keyboard.press('j');
    await expectShown(page, SEED_004);
    await page.keyboard.press('ArrowDown');
    await expectShown(page, 'sample.txt');
    await page.keyboard.press('k');
    await expectShown(page, SEED_004);

    await page.selectOption('#f-rule', 'classifier');
    await page.locator('#f-rule').blur();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobal).location.hash = '#doc=2';
    });
    await expectShown(page, 'sample.txt');
    await page.keyboard.press('ArrowRight');
    await expectShown(page, 'bulk/00000.txt');
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('shows scraped markup as text, links rule ids to their description and back to their documents', async (ctx) => {
    const { page, problems } = await openReport(needBrowser(ctx), file, '#doc=4');
    expect(await page.locator('.ln.st-unexplained .tx').textContent()).toBe('Stray </script><script>alert(1)</script>');
    await page.locator('.ln .chip', { hasText: 'embed-consent' }).first().click();
    await page.waitForSelector('#view-rules:not([hidden])');
    expect(await page.locator('#rule-embed-consent').isVisible()).toBe(true);
    expect(await page.locator('#rule-embed-consent pre').count()).toBeGreaterThan(0);

    await page.locator('#rule-embed-consent a[data-filter-rule]').click();
    await expectShown(page, 'sample.txt');
    expect(await page.locator('#f-rule').inputValue()).toBe('embed-consent');
    expect(await page.locator('#doc-count').textContent()).toBe(`${BULK + 1} of ${BULK + 4} documents`);
    expect(problems).toEqual([]);
  });
});
