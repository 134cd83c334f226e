// The flat form of batches and answers between the main thread and the writer thread: what goes
// in comes out the same, and a malformed message is refused rather than read as something else.
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { visit } from '../testing/testApp';
import type { PutResult } from './VisitStore';
import { resultToWire, rowsToVisits, visitsToRows, wireToResult } from './writerWire';

const full = (changes: Parameters<typeof visit>[0] = {}): Visit => ({
  kind: 'visitor',
  ...visit(changes),
});

describe('visits to the writer', () => {
  it('come out as they went in, nulls, voids and volunteers included', () => {
    const visits: Visit[] = [
      full(),
      full({ country: null, municipality: null, voided: true }),
      full({ kind: 'volunteer', country: null, municipality: null, deviceId: 'Køkken · 2' }),
    ];
    const rows = visitsToRows(visits);
    expect(rows).toHaveLength(27);
    expect(rowsToVisits(structuredClone(rows))).toEqual(visits);
    expect(rowsToVisits(visitsToRows([]))).toEqual([]);
  });

  it('are refused when a field is missing or of another kind', () => {
    const rows = visitsToRows([full()]);
    expect(() => rowsToVisits(rows.slice(0, -1))).toThrow(TypeError);
    expect(() => rowsToVisits(rows.map((field, i) => (i === 0 ? null : field)))).toThrow(TypeError);
    expect(() => rowsToVisits(rows.map((field, i) => (i === 4 ? 'elder' : field)))).toThrow(
      TypeError,
    );
    expect(() => rowsToVisits(rows.map((field, i) => (i === 7 ? 'true' : field)))).toThrow(
      TypeError,
    );
  });
});

describe('answers from the writer', () => {
  it('come out as they went in, every outcome included', () => {
    const result: PutResult = {
      outcomes: ['stored', 'unchanged', 'voided', 'conflict', 'stored'],
      stored: ['a', 'b', 'c', 'e'],
      conflicts: ['d'],
    };
    const wire = resultToWire(result);
    expect(wire.outcomes).toBe('suvcs');
    expect(wireToResult(structuredClone(wire))).toEqual(result);
  });

  it('are refused with an outcome they do not know', () => {
    expect(() => wireToResult({ outcomes: 'sx', stored: [], conflicts: [] })).toThrow(TypeError);
  });
});
