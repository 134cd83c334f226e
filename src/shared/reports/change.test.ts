import { describe, expect, it } from 'vitest';
import { change, changeCells } from './change';

describe('change', () => {
  it('gives the difference and the whole per cent of the first figure', () => {
    expect(change(80, 100)).toEqual({ difference: 20, percent: 25, isNew: false });
    expect(change(3, 2)).toEqual({ difference: -1, percent: -33, isNew: false });
    expect(change(7, 7)).toEqual({ difference: 0, percent: 0, isNew: false });
  });

  it('calls a figure from nothing new, with no per cent', () => {
    expect(change(0, 4)).toEqual({ difference: 4, percent: null, isNew: true });
    expect(change(0, 0)).toEqual({ difference: 0, percent: null, isNew: false });
  });

  it('refuses what is not a count', () => {
    expect(() => change(-1, 3)).toThrow(RangeError);
    expect(() => change(1, 2.5)).toThrow(/not 2.5/);
  });

  it('writes "new" in the language of the file', () => {
    expect(changeCells(change(0, 4), 'da')).toEqual([4, 'ny']);
    expect(changeCells(change(0, 4), 'en')).toEqual([4, 'new']);
    expect(changeCells(change(4, 2), 'en')).toEqual([-2, -50]);
    expect(changeCells(change(0, 0), 'da')).toEqual([0, null]);
  });
});
