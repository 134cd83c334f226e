// For the coordinator page's component tests: each test on the same day in Copenhagen, with the
// page in Danish, and nothing of one test (the page, the stand-in server, what the browser keeps)
// left for the next.
/* eslint-disable no-restricted-globals -- test setup, like the tests themselves, sets and clears what the page keeps in the browser */
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

export function onTheCoordinatorPage(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00+01:00'));
    localStorage.setItem('velkommen.coordinator.lang', 'da');
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    sessionStorage.clear();
    localStorage.clear();
  });
}
