import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import type { CsvOptions } from './csv';

function cells(csv: string, delimiter = ';'): string[][] {
  return parse(csv, { bom: true, delimiter, relax_column_count: true });
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark', () => {
    const csv = toCsv([['Oprindelsesland', 'Børn']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(cells(csv)).toEqual([['Oprindelsesland', 'Børn']]);
  });

  it('ends every line, the last too, with CRLF and puts ; between cells', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('writes null as an empty cell, booleans as true/false and numbers as digits', () => {
    const csv = toCsv([[null, true, false, 0, 302, 12.5, '']]);
    expect(csv).toBe('\uFEFF;true;false;0;302;12.5;\r\n');
    expect(cells(csv)).toEqual([['', 'true', 'false', '0', '302', '12.5', '']]);
  });

  it('quotes a cell holding the separator, a quote, CR or LF, doubling the quotes', () => {
    const tricky = ['a;b', 'say "hej"', 'line 1\nline 2', 'line 1\r\nline 2', 'cr\ronly', 'a,b'];
    const csv = toCsv([tricky, ['plain', 'Københavns Kommune']]);
    expect(csv).toBe(
      '\uFEFF"a;b";"say ""hej""";"line 1\nline 2";"line 1\r\nline 2";"cr\ronly";a,b\r\n' +
        'plain;Københavns Kommune\r\n',
    );
    expect(cells(csv)).toEqual([tricky, ['plain', 'Københavns Kommune']]);
  });

  it('gives commas with sep=, and then quotes commas instead of semicolons', () => {
    const options: CsvOptions = { separator: ',' };
    const csv = toCsv(
      [
        ['Country of origin', 'Adults'],
        ['Korea, Republic of', 3],
        ['a;b', 1],
      ],
      options,
    );
    expect(csv).toBe('\uFEFFCountry of origin,Adults\r\n"Korea, Republic of",3\r\na;b,1\r\n');
    expect(cells(csv, ',')).toEqual([
      ['Country of origin', 'Adults'],
      ['Korea, Republic of', '3'],
      ['a;b', '1'],
    ]);
  });

  it('puts a leading apostrophe on text a spreadsheet would run as a formula', () => {
    const dangerous = ['=SUM(A1:A9)', '+4512345678', '-2+3', '@cmd', '\tindented', '\rstart'];
    const csv = toCsv([dangerous]);
    expect(csv).toBe("\uFEFF'=SUM(A1:A9);'+4512345678;'-2+3;'@cmd;'\tindented;\"'\rstart\"\r\n");
    expect(cells(csv)).toEqual([dangerous.map((cell) => `'${cell}`)]);
  });

  it('neutralises a formula after leading blanks, and the full-width formula characters', () => {
    const dangerous = [
      ' =1+1',
      '  +45',
      '\t-2',
      ' \u3000@cmd',
      '\u00A0=x',
      '\uFF1DSUM(A1)',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20x',
      '  \uFF1Dx',
    ];
    expect(cells(toCsv([dangerous]))).toEqual([dangerous.map((cell) => `'${cell}`)]);
  });

  it('neutralises before quoting, and leaves harmless text and numbers alone', () => {
    const csv = toCsv([['=HYPERLINK("x";"y")', 'a=b', 'door-1', 'x =y', ' door', -1]]);
    expect(cells(csv)).toEqual([[`'=HYPERLINK("x";"y")`, 'a=b', 'door-1', 'x =y', ' door', '-1']]);
  });

  it('refuses a separator or a number it cannot write', () => {
    expect(() => toCsv([['a']], { separator: '\t' as unknown as ';' })).toThrow(RangeError);
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
    expect(() => toCsv([[Infinity]])).toThrow(RangeError);
  });
});
