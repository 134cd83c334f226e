import { describe, expect, it } from 'vitest';
import { toQuarterHour } from './time';
import { VisitSchema, isDeviceId, parseVisit, visitTimeProblem, visitZoneProblem } from './visit';
import type { Visit } from './visit';

const example = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  visitedAt: '2026-11-23T09:15:00+01:00',
  country: 'TR',
  municipality: '165',
  ageGroup: 'adult',
  partyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  deviceId: 'door-1',
  voided: false,
  kind: 'visitor',
};

function reasonFor(change: Record<string, unknown>): string {
  const result = parseVisit({ ...example, ...change });
  if (result.ok) throw new Error(`expected a rejection for ${JSON.stringify(change)}`);
  return result.reason;
}

function without(field: keyof typeof example): Record<string, unknown> {
  return Object.fromEntries(Object.entries(example).filter(([key]) => key !== field));
}

describe('parseVisit', () => {
  it('accepts the example record from the API as it is', () => {
    expect(parseVisit(example)).toEqual({ ok: true, visit: example });
  });

  it('makes a record without kind a visitor', () => {
    const result = parseVisit(without('kind'));
    expect(result).toEqual({ ok: true, visit: { ...example, kind: 'visitor' } });
  });

  it('accepts answers left unsaid, a child, a voided visit and a Z offset', () => {
    const visit = {
      ...example,
      country: null,
      municipality: null,
      ageGroup: 'child',
      voided: true,
      visitedAt: '2026-06-29T22:00:00Z',
    };
    expect(parseVisit(visit)).toEqual({ ok: true, visit });
  });

  it('accepts PS and XK as countries', () => {
    expect(parseVisit({ ...example, country: 'PS' }).ok).toBe(true);
    expect(parseVisit({ ...example, country: 'XK' }).ok).toBe(true);
  });

  it('drops fields the record does not have', () => {
    const result = parseVisit({ ...example, localDate: '2026-11-23', note: 'x' });
    expect(result).toEqual({ ok: true, visit: example });
  });

  it('names the field in each rejection', () => {
    expect(reasonFor({ id: 'abc' })).toBe('id must be a UUID.');
    expect(reasonFor({ partyId: 42 })).toBe('partyId must be a UUID.');
    expect(reasonFor({ country: 'dk' })).toMatch(/^country must be an assigned ISO 3166-1 alpha-2/);
    expect(reasonFor({ country: 'EU' })).toMatch(/^country must be/);
    expect(reasonFor({ country: 'UK' })).toMatch(/^country must be/);
    expect(reasonFor({ municipality: '411' })).toMatch(
      /^municipality must be a Danish municipality code of three digits/,
    );
    expect(reasonFor({ municipality: 101 })).toMatch(/^municipality must be/);
    expect(reasonFor({ ageGroup: 'teen' })).toBe('ageGroup must be "adult" or "child".');
    expect(reasonFor({ deviceId: '' })).toMatch(/^deviceId must be the tablet's name, 1 to 64/);
    expect(reasonFor({ voided: 'false' })).toBe('voided must be true or false.');
    expect(reasonFor({ kind: 'staff' })).toBe(
      'kind must be "visitor" or "volunteer", or left out.',
    );
    expect(reasonFor({ kind: null })).toBe('kind must be "visitor" or "volunteer", or left out.');
  });

  it('says when a field is missing, and that null is not the same as absent', () => {
    const result = parseVisit(without('country'));
    expect(result).toEqual({
      ok: false,
      reason:
        'country is missing; it must be an assigned ISO 3166-1 alpha-2 code in capitals (like "DK"), or null when not said.',
    });
    const noVoided = parseVisit(without('voided'));
    expect(noVoided.ok || noVoided.reason).toBe('voided is missing; it must be true or false.');
  });

  it('lists every wrong field in record order', () => {
    expect(reasonFor({ id: 'x', ageGroup: 'old', voided: 1 })).toBe(
      'id must be a UUID. ageGroup must be "adult" or "child". voided must be true or false.',
    );
  });

  it('rejects something that is not an object', () => {
    for (const input of [null, undefined, 'visit', 7, [example]]) {
      expect(parseVisit(input)).toEqual({ ok: false, reason: 'A visit must be a JSON object.' });
    }
  });

  describe('visitedAt', () => {
    it('accepts quarter hours with their offset', () => {
      for (const visitedAt of [
        '2026-11-23T09:00:00+01:00',
        '2026-11-23T09:30:00+01:00',
        '2026-11-23T09:45:00+01:00',
        '2026-10-25T02:15:00+02:00',
        '2026-10-25T02:15:00+01:00',
        '2000-01-01T00:00:00+01:00',
      ]) {
        expect(parseVisit({ ...example, visitedAt }).ok, visitedAt).toBe(true);
      }
    });

    it('rejects other minutes, seconds, no offset and impossible dates', () => {
      for (const visitedAt of [
        '2026-11-23T09:10:00+01:00',
        '2026-11-23T09:15:01+01:00',
        '2026-11-23T09:15:00',
        '2026-11-23',
        '2026-02-30T09:15:00+01:00',
        '2026-11-23T25:15:00+01:00',
        '1999-12-31T23:10:00+01:00',
        1795421700000,
      ]) {
        expect(reasonFor({ visitedAt }), String(visitedAt)).toBe(
          'visitedAt must be the local time with its UTC offset at a quarter hour (minutes 00, 15, 30 or 45, seconds 00), like 2026-11-23T09:15:00+01:00.',
        );
      }
    });

    it('rejects a time before 2000-01-01', () => {
      expect(reasonFor({ visitedAt: '1999-12-31T23:45:00+01:00' })).toBe(
        'visitedAt must not be before 2000-01-01.',
      );
      expect(reasonFor({ visitedAt: '1970-01-01T00:00:00Z' })).toBe(
        'visitedAt must not be before 2000-01-01.',
      );
    });
  });

  describe('deviceId', () => {
    it('takes 1 to 64 printable characters, counting letters not code units', () => {
      expect(parseVisit({ ...example, deviceId: 'x' }).ok).toBe(true);
      expect(parseVisit({ ...example, deviceId: 'a'.repeat(64) }).ok).toBe(true);
      expect(parseVisit({ ...example, deviceId: 'Indgang ved døren' }).ok).toBe(true);
      expect(parseVisit({ ...example, deviceId: 'باب ١' }).ok).toBe(true);
      expect(parseVisit({ ...example, deviceId: '😀'.repeat(64) }).ok).toBe(true);
      expect(parseVisit({ ...example, deviceId: 'a'.repeat(65) }).ok).toBe(false);
      expect(parseVisit({ ...example, deviceId: 'door\n1' }).ok).toBe(false);
      expect(parseVisit({ ...example, deviceId: 'door\t1' }).ok).toBe(false);
      expect(parseVisit({ ...example, deviceId: 'door\u0000' }).ok).toBe(false);
      expect(parseVisit({ ...example, deviceId: 'door\u2028' }).ok).toBe(false);
      expect(parseVisit({ ...example, deviceId: 'door\uD800' }).ok).toBe(false);
    });

    it('is the same rule as isDeviceId', () => {
      expect(isDeviceId('tablet-ab12')).toBe(true);
      expect(isDeviceId('')).toBe(false);
      expect(isDeviceId('a'.repeat(65))).toBe(false);
    });

    it('refuses a name with characters that do not show or that change how it shows', () => {
      for (const name of [
        'door-1\u202E', // right-to-left override: "door-1" could read as another tablet
        '\u202Adoor', // left-to-right embedding
        'door\u202C',
        'door\u2066-1\u2069', // isolates
        'door\u2067',
        'door\u2068',
        'door\u200E',
        'door\u200F', // direction marks
        'باب\u061C', // Arabic letter mark
        'door\u200B1',
        'door\u200C',
        'door\u200D', // zero-width space, non-joiner, joiner
        'door\u2060',
        'door\u2061',
        'door\u2064', // word joiner, invisible operators
        '\uFEFFdoor', // byte order mark
        'door\u00AD1', // soft hyphen
        'door\u034F', // combining grapheme joiner
        '\uFE0F',
        ' \uFE0F',
        'door \uFE0F', // a variation selector on its own
        '\u0301door', // a combining mark with nothing to combine with
        'door\u3164',
        'door\u2800',
        'door\uFFA0', // fillers drawn as blanks
        'door\u00A01',
        'door\u20091',
        'door\u30001', // spaces other than the plain one
        'door\uE000', // private use
        'door\u{E0041}', // tag character
        'door\u0085',
        'door\u007F', // controls
        'door\u2029',
      ]) {
        expect(isDeviceId(name), JSON.stringify(name)).toBe(false);
        expect(reasonFor({ deviceId: name })).toMatch(/^deviceId must be the tablet's name/);
      }
    });

    it('refuses a name of spaces only, and keeps names that show something', () => {
      expect(isDeviceId(' ')).toBe(false);
      expect(isDeviceId(' '.repeat(64))).toBe(false);
      for (const name of [
        ' door ',
        'Døren ved køkkenet',
        'باب ١',
        'ሰላም',
        '❤\uFE0F',
        'é',
        'e\u0301',
        '😀 2',
        'door !',
      ]) {
        expect(isDeviceId(name), JSON.stringify(name)).toBe(true);
      }
    });
  });

  describe('ids', () => {
    it('reads a UUID in capitals and keeps it in lower case, so both are one visit', () => {
      const result = parseVisit({
        ...example,
        id: example.id.toUpperCase(),
        partyId: example.partyId.toUpperCase(),
      });
      expect(result).toEqual({ ok: true, visit: example });
    });
  });

  describe('a volunteer', () => {
    const volunteer = { ...example, kind: 'volunteer', country: null, municipality: null };

    it('is accepted as an adult with no country or municipality', () => {
      expect(parseVisit(volunteer)).toEqual({ ok: true, visit: volunteer });
    });

    it('may not carry a country, a municipality or be a child', () => {
      expect(reasonFor({ ...volunteer, country: 'DK' })).toBe(
        'country must be null for a volunteer (kind "volunteer").',
      );
      expect(reasonFor({ ...volunteer, municipality: '101' })).toBe(
        'municipality must be null for a volunteer (kind "volunteer").',
      );
      expect(reasonFor({ ...volunteer, ageGroup: 'child' })).toBe(
        'ageGroup must be "adult" for a volunteer (kind "volunteer").',
      );
    });

    it('reports the issues at their fields', () => {
      const result = VisitSchema.safeParse({ ...volunteer, country: 'DK', ageGroup: 'child' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['country'], ['ageGroup']]);
    });
  });

  it('types kind as always present on output', () => {
    const visit: Visit = VisitSchema.parse(without('kind'));
    const kind: 'visitor' | 'volunteer' = visit.kind;
    expect(kind).toBe('visitor');
  });
});

describe('visitTimeProblem', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('accepts times up to one day after the clock, and any time before it', () => {
    expect(visitTimeProblem('2026-11-23T13:00:00+01:00', now)).toBeNull();
    expect(visitTimeProblem('2026-11-24T13:00:00+01:00', now)).toBeNull(); // exactly one day
    expect(visitTimeProblem('2026-11-24T12:00:00Z', now)).toBeNull();
    expect(visitTimeProblem('2014-03-01T10:30:00+01:00', now)).toBeNull();
  });

  it('gives a sentence for a time more than one day ahead', () => {
    expect(visitTimeProblem('2026-11-24T12:15:00Z', now)).toBe(
      "visitedAt 2026-11-24T12:15:00Z is more than one day after the server's clock (2026-11-23T12:00:00.000Z); check the tablet's date and time.",
    );
    expect(visitTimeProblem('2027-01-01T09:00:00+01:00', now)).toMatch(
      /^visitedAt .* more than one day/,
    );
  });

  it('judges the instant, offsets included', () => {
    // 13:15+01:00 is 12:15Z, a quarter hour past the limit; 14:15+02:00 is 12:15Z too.
    expect(visitTimeProblem('2026-11-24T13:15:00+01:00', now)).not.toBeNull();
    expect(visitTimeProblem('2026-11-24T14:00:00+02:00', now)).toBeNull();
    expect(visitTimeProblem('2026-11-24T14:15:00+02:00', now)).not.toBeNull();
  });

  it('says what is wrong with a stamp it cannot read', () => {
    expect(visitTimeProblem('tomorrow', now)).toMatch(/^visitedAt must be the local time/);
  });
});

describe('visitZoneProblem', () => {
  const zone = 'Europe/Copenhagen';

  it('accepts the offset the centre had at that local time, in winter and in summer', () => {
    expect(visitZoneProblem('2026-11-23T09:15:00+01:00', zone)).toBeNull();
    expect(visitZoneProblem('2026-06-15T12:30:00+02:00', zone)).toBeNull();
    // The hour that comes twice in October: both offsets are true.
    expect(visitZoneProblem('2026-10-25T02:30:00+02:00', zone)).toBeNull();
    expect(visitZoneProblem('2026-10-25T02:30:00+01:00', zone)).toBeNull();
  });

  it('refuses an offset that is not the zone’s at that local time, naming the right one', () => {
    expect(visitZoneProblem('2026-11-23T09:15:00+01:07', zone)).toBe(
      "visitedAt 2026-11-23T09:15:00+01:07 has the wrong UTC offset: at 2026-11-23 09:15 the centre's zone Europe/Copenhagen was at +01:00.",
    );
    expect(visitZoneProblem('2026-11-23T09:15:00-12:00', zone)).toMatch(/was at \+01:00\.$/);
    expect(visitZoneProblem('2026-06-15T12:30:00+01:00', zone)).toMatch(/was at \+02:00\.$/);
    expect(visitZoneProblem('2026-06-15T12:30:00Z', zone)).toMatch(/wrong UTC offset/);
    expect(visitZoneProblem('2026-10-25T02:30:00+03:00', zone)).toMatch(
      /was at \+02:00 or \+01:00\.$/,
    );
  });

  it('refuses a local time the clocks skipped when summer time began', () => {
    for (const stamp of [
      '2026-03-29T02:00:00+01:00',
      '2026-03-29T02:30:00+02:00',
      '2026-03-29T02:45:00+01:00',
    ]) {
      expect(visitZoneProblem(stamp, zone)).toBe(
        `visitedAt ${stamp} is a time that did not exist in Europe/Copenhagen: the clocks skipped 2026-03-29 ${stamp.slice(11, 16)} when summer time began.`,
      );
    }
    expect(visitZoneProblem('2026-03-29T01:45:00+01:00', zone)).toBeNull();
    expect(visitZoneProblem('2026-03-29T03:00:00+02:00', zone)).toBeNull();
  });

  it('judges in the zone it is given: Z or +00:00 in London in winter, +05:45 in Kathmandu', () => {
    expect(visitZoneProblem('2026-11-23T09:15:00Z', 'Europe/London')).toBeNull();
    expect(visitZoneProblem('2026-11-23T09:15:00+00:00', 'Europe/London')).toBeNull();
    expect(visitZoneProblem('2026-11-23T09:15:00+01:00', 'Europe/London')).not.toBeNull();
    expect(visitZoneProblem('2026-11-23T14:00:00+05:45', 'Asia/Kathmandu')).toBeNull();
  });

  it('never refuses a stamp the tablet makes in the same zone, around the clock and both changes', () => {
    const zones = [
      'Europe/Copenhagen',
      'Europe/London',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'UTC',
    ];
    const from = Date.parse('2025-12-30T00:00:00Z');
    for (const timeZone of zones) {
      // Every 7 minutes for a year and a bit: every quarter hour of the day, and the changes.
      for (let at = from; at < from + 400 * 86_400_000; at += 7 * 60_000) {
        const stamp = toQuarterHour(new Date(at), timeZone);
        const problem = visitZoneProblem(stamp, timeZone);
        if (problem !== null) throw new Error(`${timeZone} ${stamp}: ${problem}`);
      }
    }
  });

  it('is part of visitTimeProblem when the zone is given, and only then', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(visitTimeProblem('2026-11-23T09:15:00+01:07', now)).toBeNull();
    expect(visitTimeProblem('2026-11-23T09:15:00+01:07', now, zone)).toMatch(/wrong UTC offset/);
    expect(visitTimeProblem('2026-11-23T09:15:00+01:00', now, zone)).toBeNull();
  });
});
