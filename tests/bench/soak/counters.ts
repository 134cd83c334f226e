// What a page left running for days holds, read the same way each time: the JavaScript heap after
// garbage collection, DOM nodes and event listeners (CDP's Memory.getDOMCounters), the timers still
// to fire and the requests still on their way. Timers and requests are counted by a script that
// runs before the app's own, wrapping setTimeout, setInterval, their clears and fetch.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface Reading {
  heapBytes: number;
  nodes: number;
  listeners: number;
  /** setTimeout callbacks not yet run or cleared, and setInterval ones not cleared. */
  timers: number;
  /** fetch calls not yet settled. */
  requestsInFlight: number;
  /** fetch calls made since the page opened. */
  requestsMade: number;
}

interface PageCounters {
  timers(): number;
  inFlight(): number;
  made(): number;
}

const COUNTERS = 'velkommenLongRun';

// Runs in the page, before its own scripts (and after the fake clock's, so it counts the timers
// the app really makes). Timer ids are kept only while live, so the counting itself cannot grow.
// Plain JavaScript in a string: a function handed over from here would carry the helpers the
// TypeScript runner adds to it, which the page does not have.
const COUNTING_SCRIPT = `(() => {
  const live = new Set();
  const later = globalThis.setTimeout, every = globalThis.setInterval;
  const unlater = globalThis.clearTimeout, unevery = globalThis.clearInterval;
  const request = globalThis.fetch;
  let inFlight = 0;
  let made = 0;
  globalThis.setTimeout = function (handler, ms, ...args) {
    if (typeof handler !== 'function') return later(handler, ms, ...args);
    const id = later(function (...given) {
      live.delete(id);
      return handler.apply(this, given);
    }, ms, ...args);
    live.add(id);
    return id;
  };
  globalThis.setInterval = function (handler, ms, ...args) {
    const id = every(handler, ms, ...args);
    live.add(id);
    return id;
  };
  globalThis.clearTimeout = function (id) {
    live.delete(id);
    return unlater(id);
  };
  globalThis.clearInterval = function (id) {
    live.delete(id);
    return unevery(id);
  };
  globalThis.fetch = function (...args) {
    inFlight += 1;
    made += 1;
    return request(...args).finally(function () {
      inFlight -= 1;
    });
  };
  Object.defineProperty(globalThis, ${JSON.stringify(COUNTERS)}, {
    value: {
      timers: function () { return live.size; },
      inFlight: function () { return inFlight; },
      made: function () { return made; },
    },
  });
})();`;

/** Counts timers and requests in every page the context opens from now on. */
export async function countInPages(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: COUNTING_SCRIPT });
}

function pageCounts(page: Page): Promise<{ timers: number; inFlight: number; made: number }> {
  return page.evaluate((name) => {
    const counters = Reflect.get(globalThis, name) as PageCounters | undefined;
    if (counters === undefined) throw new Error('The page has no timer and request counters.');
    return { timers: counters.timers(), inFlight: counters.inFlight(), made: counters.made() };
  }, COUNTERS);
}

/** Waits (up to `ms` of real time) until no request is on its way. */
export async function requestsSettled(page: Page, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while ((await pageCounts(page)).inFlight > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Real time for the page's own work after its last response (the database writes that follow a
 * sync): read in the middle of them, a day's end would count their transactions, promises and
 * request listeners as kept.
 */
const QUIET_MS = 1_000;

/**
 * One reading of a quiet page, after garbage has been collected twice (the second frees what the
 * first left).
 */
export async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  await requestsSettled(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const counts = await pageCounts(page);
  return {
    heapBytes: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    timers: counts.timers,
    requestsInFlight: counts.inFlight,
    requestsMade: counts.made,
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
