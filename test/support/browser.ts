/**
 * Headless Debian Chromium through playwright-core. Where Chromium is missing, browser suites are skipped with a
 * visible notice — except in CI (CI=true), where `.ci/run` installs it and a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listenTestBaton, startTestBaton, type TestBaton } from './services';

export const CHROMIUM_PATH = process.env.BATON_CHROMIUM_PATH || '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium is required in CI but ${CHROMIUM_PATH} does not exist`);
  process.stderr.write(`\n*** NOTICE: ${CHROMIUM_PATH} not found; browser tests are SKIPPED (apt-get install chromium).\n\n`);
  return false;
}

/** `describe` that runs only where a browser is available. */
export const describeInBrowser = (title: string, suite: () => void) => (browserAvailable() ? describe : describe.skip)(title, suite);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens a page in a fresh browser context, collecting page errors and console errors (Content-Security-Policy
 * violations among them) and the WebSockets it opens, for the test to assert on.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { locale?: string; ignoreConsole?: RegExp } = {},
): Promise<{ page: Page; errors: string[]; webSockets: string[] }> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  const webSockets: string[] = [];
  page.on('websocket', (ws) => webSockets.push(ws.url()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !options.ignoreConsole?.test(msg.text())) errors.push(msg.text());
  });
  await page.goto(url);
  return { page, errors, webSockets };
}

export interface BrowserBaton {
  baton: TestBaton;
  /** http://127.0.0.1:<port> */
  origin: string;
  browser: Browser;
}

/**
 * For a browser suite: a Baton (fresh database) listening on a loopback port and a headless Chromium, started before
 * the suite's tests (after `prepare`, e.g. creating users) and closed after them. Read its fields inside tests.
 */
export function useBrowserBaton(options: Parameters<typeof startTestBaton>[0] = {}, prepare?: (baton: TestBaton) => Promise<void>): BrowserBaton {
  const suite = {} as BrowserBaton;
  let live: Awaited<ReturnType<typeof listenTestBaton>> | undefined;
  beforeAll(async () => {
    suite.baton = await startTestBaton(options);
    await prepare?.(suite.baton);
    live = await listenTestBaton(suite.baton);
    suite.origin = live.origin;
    suite.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await live?.close();
    await suite.baton?.close();
  });
  return suite;
}
