import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

describe('qrPath', () => {
  it('draws a square for each dark module, inside the quiet zone', () => {
    const modules = { size: 2, get: (row: number, col: number) => (row === col ? 1 : 0) };
    expect(qrPath(modules, 4)).toBe('M4 4h1v1h-1zM5 5h1v1h-1z');
  });

  it('draws a real code’s finder pattern in its top-left corner', () => {
    const { modules } = create('https://velkommen.example.dk/#pair=abc', {
      errorCorrectionLevel: 'M',
    });
    const path = qrPath(modules, 0);
    // The finder's outer ring: the whole first row of seven is dark, the second row only its ends.
    for (let col = 0; col < 7; col++) expect(path).toContain(`M${col} 0h1v1h-1z`);
    expect(path).toContain('M0 1h1v1h-1z');
    expect(path).not.toContain('M1 1h1v1h-1z');
    expect(path.match(/M/g)?.length).toBe(modules.data.reduce((sum, bit) => sum + bit, 0));
  });
});
