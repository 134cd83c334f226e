import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/reports/report';
import type { GroupCount } from '../../shared/reports/report';
import { sideBySide } from './sideBySide';

function report(counts: GroupCount[]) {
  return buildReport({
    from: '2026-11-01',
    to: '2026-11-30',
    table: 'countries',
    counts,
    volunteers: 0,
    lang: 'en',
    countries: ['TR', 'SY'],
  });
}

const north: GroupCount[] = [
  { key: 'TR', adults: 4, children: 1 },
  { key: null, adults: 1, children: 0 },
];
const south: GroupCount[] = [
  { key: 'SY', adults: 2, children: 3 },
  { key: 'SE', adults: 1, children: 0 },
];

describe('the centres side by side', () => {
  it('puts each centre’s figures beside the consolidated ones, row by row', () => {
    const all = report([...north, ...south]);
    const table = sideBySide(all, [report(north), report(south)]);
    const row = (name: string) => table.rows.find((r) => r.name === name);
    expect(row('Türkiye')).toMatchObject({
      centres: [
        { adults: 4, children: 1 },
        { adults: 0, children: 0 },
      ],
      total: { adults: 4, children: 1 },
    });
    expect(row('Syria')?.centres[1]).toEqual({ adults: 2, children: 3 });
    expect(table.totals.total).toEqual({ adults: 8, children: 4 });
    expect(table.totals.centres).toEqual([
      { adults: 5, children: 1 },
      { adults: 3, children: 3 },
    ]);
  });

  it('gives totals whose centres add up to the consolidated table when the server agrees', () => {
    const all = report([...north, ...south]);
    const table = sideBySide(all, [report(north), report(south)]);
    for (const r of table.rows) {
      const sum = r.centres.reduce((a, p) => a + p.adults + p.children, 0);
      expect(sum).toBe(r.total.adults + r.total.children);
    }
  });

  it('still shows a row only a centre has, with nothing in the total', () => {
    const all = report(north);
    const rows = sideBySide(all, [report(south)]).rows;
    expect(rows.find((r) => r.key === 'other')).toMatchObject({
      centres: [{ adults: 1, children: 0 }],
      total: { adults: 0, children: 0 },
    });
  });
});
