import { describe, expect, it, vi } from 'vitest';
import type { WakeLockEnv } from './wakeLock';
import { keepScreenOn } from './wakeLock';

function fakeBrowser(options: { refuse?: boolean } = {}) {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  doc.visibilityState = 'visible';
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  const request = vi.fn(async (type: 'screen') => {
    expect(type).toBe('screen');
    if (options.refuse) throw new DOMException('battery saver', 'NotAllowedError');
    const sentinel = {
      released: false,
      release: vi.fn(async () => {
        sentinel.released = true;
      }),
    };
    sentinels.push(sentinel);
    return sentinel;
  });
  const env = { navigator: { wakeLock: { request } }, document: doc } as unknown as WakeLockEnv;
  const setVisibility = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    // The browser lets go of the lock itself when the page is hidden.
    if (state === 'hidden') for (const sentinel of sentinels) sentinel.released = true;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { env, request, sentinels, setVisibility };
}

describe('keepScreenOn', () => {
  it('asks for the screen lock at once, and again each time the page is shown', async () => {
    const browser = fakeBrowser();
    const stop = keepScreenOn(browser.env);
    await vi.waitFor(() => expect(browser.request).toHaveBeenCalledTimes(1));

    browser.setVisibility('hidden');
    browser.setVisibility('visible');
    await vi.waitFor(() => expect(browser.request).toHaveBeenCalledTimes(2));
    stop();
  });

  it('does not ask twice while it holds the lock', async () => {
    const browser = fakeBrowser();
    const stop = keepScreenOn(browser.env);
    await vi.waitFor(() => expect(browser.sentinels).toHaveLength(1));
    browser.setVisibility('visible');
    await Promise.resolve();
    expect(browser.request).toHaveBeenCalledTimes(1);
    stop();
  });

  it('lets go of the lock and stops asking when the kiosk closes', async () => {
    const browser = fakeBrowser();
    const stop = keepScreenOn(browser.env);
    await vi.waitFor(() => expect(browser.sentinels).toHaveLength(1));
    stop();
    expect(browser.sentinels[0]?.released).toBe(true);

    browser.setVisibility('hidden');
    browser.setVisibility('visible');
    await Promise.resolve();
    expect(browser.request).toHaveBeenCalledTimes(1);
  });

  it('carries on without the lock when the browser refuses it or has no such thing', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const refusing = fakeBrowser({ refuse: true });
    const stop = keepScreenOn(refusing.env);
    await vi.waitFor(() => expect(refusing.request).toHaveBeenCalledTimes(1));
    stop();

    const doc = new EventTarget() as unknown as Document;
    expect(() => keepScreenOn({ navigator: {}, document: doc })()).not.toThrow();
    expect(() => keepScreenOn(null)()).not.toThrow();
  });
});
