import { describe, expect, it } from 'vitest';
import { folded, searchOptions } from './search';

const OPTIONS = [
  { code: 'DK', name: 'Danmark', aliases: ['Denmark'] },
  { code: 'ST', name: 'São Tomé og Príncipe', aliases: ['São Tomé & Príncipe'] },
  { code: 'TR', name: 'Tyrkiet', aliases: ['Türkiye', 'Turkey'] },
  { code: 'AT', name: 'Østrig', aliases: ['Austria'] },
];

const codes = (query: string, exclude?: Set<string>) =>
  searchOptions(OPTIONS, query, exclude).map((option) => option.code);

describe('searchOptions', () => {
  it('offers everything, in the given order, before anything is typed', () => {
    expect(codes('  ')).toEqual(['DK', 'ST', 'TR', 'AT']);
  });

  it('finds by the start of a name in any language, or by the code', () => {
    expect(codes('tyr')).toEqual(['TR']);
    expect(codes('turk')).toEqual(['TR']);
    expect(codes('tr')).toEqual(['TR', 'AT']);
    expect(codes('aus')).toEqual(['AT']);
  });

  it('does not care about accents or case', () => {
    expect(codes('SAO TOME')).toEqual(['ST']);
    expect(folded('Türkiye')).toBe('turkiye');
  });

  it('puts names that start with the query before names that only contain it', () => {
    expect(codes('t')).toEqual(['TR', 'ST', 'AT']);
    expect(codes('ark')).toEqual(['DK']);
  });

  it('leaves out what is chosen already', () => {
    expect(codes('', new Set(['DK', 'TR']))).toEqual(['ST', 'AT']);
  });
});
