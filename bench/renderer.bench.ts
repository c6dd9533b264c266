// Renderer benchmark: gzipped JS size of the build, time from navigation to
// an interactive welcome screen in Chromium, and JS heap growth over 1,000
// guest check-in cycles. Needs `npm run build` first (`npm run bench` does
// it). Run alone with `node scripts/run-node.mjs bench/renderer.bench.ts`;
// LOBBYKEY_BENCH_CYCLES sets the number of check-in cycles (default 1000).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium, type Page } from '@playwright/test';
import QRCode from 'qrcode';

import { startBrowserHost } from '../main/browser-host/server';
import type { Handlers } from '../main/ipc/dispatch';
import type { AppStatus, GuestStay, IssuedKey } from '../preload/contract';
import { chromiumLaunchOptions } from '../test/support/chromium';

const rendererDir = path.resolve(import.meta.dirname, '../out/renderer');
const LOADS = 9;
const CYCLES = Number(process.env.LOBBYKEY_BENCH_CYCLES ?? 1000);
const WARMUP_CYCLES = 20;

const status: AppStatus = {
  version: 'bench',
  demo: true,
  connection: 'online',
  outboxLength: 0,
  issuing: { enabled: true },
  staffPinSet: true,
  kiosk: {
    propertyName: 'Benchmark Hotel',
    propertyTimeZone: 'Asia/Shanghai',
    defaultCountry: 'CN',
    smsDefault: false,
    idleTimeoutSeconds: 600,
    idleWarningSeconds: 60,
    keyScreenSeconds: 300,
    staffIdleLockMinutes: 3,
    languages: ['en', 'zh-CN'],
    defaultLanguage: 'en',
    mode: 'kiosk',
    printingEnabled: false,
    helpContact: '',
  },
};

const stay: GuestStay = {
  ticket: 'bench-ticket-0123456789',
  guestName: 'Li Wang',
  room: '101',
  arrivalAt: '2026-12-04T06:00:00.000Z',
  departureAt: '2026-12-06T04:00:00.000Z',
  phoneMasked: '+86 138****8000',
  phoneCountry: 'CN',
  existingKey: null,
};

/**
 * Main's services need SQLite and the simulator, which would measure them
 * too; this benchmark is about the renderer, so main returns fixed results from memory.
 * The page still talks to it over the real browser host and HTTP bridge.
 */
async function inMemoryHandlers(): Promise<Handlers> {
  const png = await QRCode.toBuffer('https://example.invalid/key/bench');
  const key: IssuedKey = {
    cardId: 1,
    cardNo: 'BENCH0001',
    room: stay.room,
    validFrom: stay.arrivalAt,
    validUntil: stay.departureAt,
    smsSent: false,
    smsTo: null,
    qrPng: png.toString('base64'),
  };
  const known = {
    'app:get-status': () => Promise.resolve(status),
    'app:log': () => Promise.resolve({}),
    'checkin:lookup': () => Promise.resolve(stay),
    'checkin:issue-card': () => Promise.resolve(key),
    'checkin:end-session': () => Promise.resolve({}),
  };
  return new Proxy(known, {
    get: (target, name: string) => {
      // Awaiting the proxy looks up `then`; it must not look like a promise.
      if (name === 'then') return undefined;
      return (
        target[name as keyof typeof known] ??
        (() =>
          Promise.reject(new Error(`${name} is not part of the benchmark`)))
      );
    },
  }) as unknown as Handlers;
}

async function gzippedSizes(): Promise<{ initial: number; total: number }> {
  const assets = path.join(rendererDir, 'assets');
  const files = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');

  let initial = 0;
  let total = 0;
  for (const name of files) {
    const size = gzipSync(await readFile(path.join(assets, name)), {
      level: 9,
    }).length;
    total += size;
    if (html.includes(name)) initial += size;
  }
  return { initial, total };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface LoadTiming {
  /** Navigation start to a welcome screen that takes input. */
  interactiveMs: number;
  /** Navigation start to the end of DOMContentLoaded (scripts ran). */
  scriptsMs: number;
}

// Records in the page when the welcome screen can take input, so the number
// excludes Playwright's own polling and round trips.
const READY_OBSERVER = `(() => {
  const selector = '[data-app-ready="true"] [data-testid="start-button"]';
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    window.__lobbykeyReadyAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

async function loadToInteractive(page: Page, url: string): Promise<LoadTiming> {
  await page.addInitScript(READY_OBSERVER);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(
    '[data-app-ready="true"] [data-testid="start-button"]',
  );
  return page.evaluate(`({
    interactiveMs: window.__lobbykeyReadyAt,
    scriptsMs: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  })`);
}

// Runs in the page: each cycle takes one guest from welcome to the key and
// back, driving the real screens with DOM events. It is a string because
// this file compiles without the DOM library.
const CYCLES_SCRIPT = `async (count) => {
  const next = () => new Promise((resolve) => setTimeout(resolve, 0));
  const find = async (testId) => {
    for (;;) {
      const element = document.querySelector('[data-testid="' + testId + '"]');
      if (element && !element.disabled) return element;
      await next();
    }
  };
  const type = async (testId, text) => {
    const input = await find(testId);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  for (let cycle = 0; cycle < count; cycle += 1) {
    (await find('start-button')).click();
    await type('code-input', 'DEMO1001');
    (await find('find-next')).click();
    await type('surname-input', 'Wang');
    (await find('verify-submit')).click();
    (await find('confirm-yes')).click();
    (await find('issue-button')).click();
    (await find('done-button')).click();
  }
  await find('start-button');
}`;

async function runCycles(page: Page, count: number): Promise<void> {
  await page.evaluate(`(${CYCLES_SCRIPT})(${count})`);
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Prints the renderer's size, load time and heap growth with their targets. */
export async function run(): Promise<void> {
  const sizes = await gzippedSizes();
  const host = await startBrowserHost({
    handlers: await inMemoryHandlers(),
    rendererDir,
    port: 0,
  });
  const browser = await chromium.launch(chromiumLaunchOptions());

  try {
    const context = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
    });
    const loads: LoadTiming[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      const page = await context.newPage();
      loads.push(await loadToInteractive(page, host.url));
      await page.close();
    }

    const interactive = loads.map((load) => load.interactiveMs);

    const page = await context.newPage();
    await loadToInteractive(page, host.url);
    await runCycles(page, WARMUP_CYCLES);
    const before = await usedHeap(page);
    const started = Date.now();
    await runCycles(page, CYCLES);
    const seconds = (Date.now() - started) / 1000;
    const after = await usedHeap(page);

    process.stdout.write(
      [
        `gzipped JS: ${kb(sizes.initial)} loaded at start, ${kb(sizes.total)} in total (target < 200 KB)`,
        `load to interactive welcome: median ${median(interactive).toFixed(0)} ms of ${LOADS} loads, ` +
          `min ${Math.min(...interactive).toFixed(0)}, max ${Math.max(...interactive).toFixed(0)} (target < 300 ms); ` +
          `scripts done at ${median(loads.map((load) => load.scriptsMs)).toFixed(0)} ms`,
        `JS heap after ${CYCLES} check-in cycles through the UI: ${mb(before)} -> ${mb(after)}, ` +
          `growth ${mb(after - before)} (target < 5 MB); ${((seconds * 1000) / CYCLES).toFixed(1)} ms per cycle`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await host.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void run();
}
