import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  downloadCsv,
  downloadJson,
  reportFileName,
  unsentVisitsFileName,
  visitLogFileName,
} from './download';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function capture() {
  const made: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    if (blob instanceof Blob) made.push(blob);
    return 'blob:test/1';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const links: { href: string; download: string; inPage: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    links.push({ href: this.href, download: this.download, inPage: this.isConnected });
  });
  return { made, links, revoke };
}

describe('downloads made in the page', () => {
  it('saves CSV bytes as written, byte order mark first, through a link that is then removed', async () => {
    const { made, links } = capture();
    downloadCsv('\uFEFFa;b\r\n1;2\r\n', 'x.csv');
    expect(links).toEqual([{ href: 'blob:test/1', download: 'x.csv', inPage: true }]);
    expect(document.querySelector('a')).toBeNull();
    const bytes = new Uint8Array(await (made[0] ?? new Blob()).arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(made[0]?.type).toBe('text/csv;charset=utf-8');
  });

  it('saves JSON indented, ending in a new line', async () => {
    const { made } = capture();
    downloadJson({ visits: [] }, 'x.json');
    expect(await made[0]?.text()).toBe('{\n  "visits": []\n}\n');
    expect(made[0]?.type).toBe('application/json');
  });

  it('lets the object URL go a minute later', () => {
    vi.useFakeTimers();
    try {
      const { revoke } = capture();
      downloadCsv('x', 'x.csv');
      expect(revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000);
      expect(revoke).toHaveBeenCalledWith('blob:test/1');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('file names', () => {
  const period = { from: '2026-11-01', to: '2026-11-30' };

  it('names files as the server does, with the language when it is not Danish', () => {
    expect(visitLogFileName(period, 'csv', 'da')).toBe(
      'velkommen-visits-2026-11-01-2026-11-30.csv',
    );
    expect(visitLogFileName(period, 'csv', 'en')).toBe(
      'velkommen-visits-2026-11-01-2026-11-30-en.csv',
    );
    expect(visitLogFileName(period, 'json', 'en')).toBe(
      'velkommen-visits-2026-11-01-2026-11-30.json',
    );
    expect(reportFileName('municipalities', period, 'json', 'da')).toBe(
      'velkommen-report-municipalities-2026-11-01-2026-11-30.json',
    );
  });

  it('makes a tablet name safe for a file name', () => {
    const at = new Date('2026-11-23T14:30:59Z');
    expect(unsentVisitsFileName('door-1', at)).toBe(
      'velkommen-backup-door-1-2026-11-23T1430Z.json',
    );
    expect(unsentVisitsFileName('Køkken / oppe "2"', at)).toBe(
      'velkommen-backup-Køkken-oppe-2-2026-11-23T1430Z.json',
    );
    expect(unsentVisitsFileName('../..', at)).toBe('velkommen-backup-tablet-2026-11-23T1430Z.json');
  });
});
