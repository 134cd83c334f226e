import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabletMark, Wipe } from './tabletMark';
import {
  clearWipes,
  isMark,
  judge,
  noteWipe,
  onWipes,
  readMark,
  rowsFromMark,
  unseenWipes,
  writeMark,
} from './tabletMark';

const PAIRING = { endpoint: 'https://velkommen.example', token: 'kiosk-token-0123456789' };

const MARK: TabletMark = {
  databaseId: 'db-1',
  deviceId: 'door-1',
  pairing: PAIRING,
  waiting: 2,
};

function wipe(overrides: Partial<Wipe> = {}): Wipe {
  return {
    at: 1_000,
    lost: 2,
    deviceId: 'door-1',
    nameKept: true,
    pairingKept: true,
    databaseId: 'db-2',
    ...overrides,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  clearWipes();
});

describe('judging the database against the mark', () => {
  it('follows the database when it is the one the mark knows', () => {
    const found = { databaseId: 'db-1', deviceId: 'door-2', pairing: null, waiting: 5 };
    expect(judge(MARK, found, 9)).toEqual({ mark: found, wipe: null });
  });

  it('starts the mark from the database when there is none, since nothing says anything was lost', () => {
    const found = { databaseId: 'db-1', deviceId: 'tablet-ab12', pairing: null, waiting: 40 };
    expect(judge(null, found, 9)).toEqual({ mark: found, wipe: null });
  });

  it('takes another id for an emptied database: the visits the mark counted as waiting are lost', () => {
    const found = { databaseId: 'db-2', deviceId: 'door-1', pairing: PAIRING, waiting: 0 };
    expect(judge(MARK, found, 9)).toEqual({
      mark: found,
      wipe: wipe({ at: 9, lost: 2, databaseId: 'db-2' }),
    });
  });

  it('says when the new database did not get the name and pairing back', () => {
    const found = { databaseId: 'db-2', deviceId: 'tablet-x9y8', pairing: null, waiting: 1 };
    expect(judge(MARK, found, 9).wipe).toEqual(
      wipe({ at: 9, deviceId: 'tablet-x9y8', nameKept: false, pairingKept: false }),
    );
    const otherServer = { ...found, deviceId: 'door-1', pairing: { ...PAIRING, token: 'other' } };
    expect(judge(MARK, otherServer, 9).wipe).toMatchObject({ nameKept: true, pairingKept: false });
  });

  it('counts an emptied database with nothing waiting as lost too: none of its visits, but all else', () => {
    const found = { databaseId: 'db-2', deviceId: 'door-1', pairing: PAIRING, waiting: 0 };
    expect(judge({ ...MARK, waiting: 0 }, found, 9).wipe).toEqual(wipe({ at: 9, lost: 0 }));
  });
});

describe('the rows a new database starts with', () => {
  it('are the name and pairing the mark remembers, as the settings keep them', () => {
    expect(rowsFromMark(MARK)).toEqual([
      { key: 'deviceId', value: 'door-1' },
      { key: 'syncPairing', value: { ...PAIRING, device: null } },
    ]);
  });

  it('keep a key of the tablet’s own with the server’s id for it', () => {
    const own = { ...PAIRING, device: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e' };
    writeMark({ ...MARK, pairing: own });
    expect(readMark()?.pairing).toEqual(own);
    expect(rowsFromMark({ ...MARK, pairing: own })).toContainEqual({
      key: 'syncPairing',
      value: own,
    });
  });

  it('are none without a mark, and never replace what the database has already', () => {
    expect(rowsFromMark(null)).toEqual([]);
    expect(rowsFromMark({ ...MARK, deviceId: null, pairing: null })).toEqual([]);
    expect(rowsFromMark(MARK, { deviceId: true, pairing: false })).toEqual([
      { key: 'syncPairing', value: { ...PAIRING, device: null } },
    ]);
    expect(rowsFromMark(MARK, { deviceId: true, pairing: true })).toEqual([]);
  });
});

describe('the mark in localStorage', () => {
  it('is read back as written', () => {
    expect(readMark()).toBeNull();
    writeMark(MARK);
    expect(readMark()).toEqual(MARK);
    writeMark({ ...MARK, waiting: 3 });
    expect(readMark()?.waiting).toBe(3);
  });

  it('is written only when it changed', () => {
    writeMark(MARK);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    writeMark({ ...MARK });
    expect(setItem).not.toHaveBeenCalled();
    writeMark({ ...MARK, waiting: 4 });
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('never throws when localStorage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => writeMark(MARK)).not.toThrow();
    expect(readMark()).toBeNull();
  });

  it('is not taken when it is not a mark', () => {
    for (const value of [
      'x',
      { ...MARK, databaseId: '' },
      { ...MARK, waiting: -1 },
      { ...MARK, waiting: 1.5 },
      { ...MARK, deviceId: '' },
      { ...MARK, pairing: { endpoint: null, token: 'has space' } },
    ]) {
      expect(isMark(value), JSON.stringify(value)).toBe(false);
      localStorage.setItem('velkommen.tabletMark', JSON.stringify(value));
      expect(readMark()).toBeNull();
    }
    localStorage.setItem('velkommen.tabletMark', '{not json');
    expect(readMark()).toBeNull();
    expect(isMark({ ...MARK, deviceId: null, pairing: null })).toBe(true);
  });
});

describe('the emptyings staff have not seen', () => {
  it('are kept until staff have seen them, each once however many tabs notice it', () => {
    const listener = vi.fn();
    const stop = onWipes(listener);

    expect(noteWipe(wipe())).toBe(true);
    expect(noteWipe(wipe({ at: 2_000 }))).toBe(false);
    expect(noteWipe(wipe({ databaseId: 'db-3', lost: 0 }))).toBe(true);
    expect(unseenWipes().map((seen) => seen.databaseId)).toEqual(['db-2', 'db-3']);
    expect(listener).toHaveBeenCalledTimes(2);

    clearWipes();
    expect(unseenWipes()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(3);
    stop();
  });

  it('are still told in this session when localStorage refuses them', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    noteWipe(wipe());
    expect(unseenWipes()).toEqual([wipe()]);
  });
});
