import { describe, expect, it } from 'vitest';
import { parseUnsentVisitsFile, UNSENT_VISITS_FORMAT } from './unsentVisitsFile';

function file(changes: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'velkommen-backup',
    version: 1,
    deviceId: 'door-1',
    exportedAt: '2026-11-23T14:30:00.000Z',
    visits: [{ id: 'a' }, { id: 'b' }],
    ...changes,
  });
}

describe('parseUnsentVisitsFile', () => {
  it('reads the tablet’s unsent visits file, under the format name files in the field carry', () => {
    expect(UNSENT_VISITS_FORMAT).toBe('velkommen-backup');
    expect(parseUnsentVisitsFile(file())).toEqual({
      ok: true,
      file: {
        format: 'velkommen-backup',
        version: 1,
        deviceId: 'door-1',
        exportedAt: '2026-11-23T14:30:00.000Z',
        visits: [{ id: 'a' }, { id: 'b' }],
      },
    });
    expect(parseUnsentVisitsFile(`\uFEFF${file()}`).ok).toBe(true);
  });

  it('says why a file is not one it can load', () => {
    expect(parseUnsentVisitsFile('{not json')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseUnsentVisitsFile('[]')).toEqual({ ok: false, problem: 'not-unsent-visits' });
    expect(parseUnsentVisitsFile(file({ format: 'something-else' }))).toEqual({
      ok: false,
      problem: 'not-unsent-visits',
    });
    expect(parseUnsentVisitsFile(file({ visits: 'many' }))).toEqual({
      ok: false,
      problem: 'not-unsent-visits',
    });
    expect(parseUnsentVisitsFile(file({ version: 2 }))).toEqual({
      ok: false,
      problem: 'newer-version',
    });
  });
});
