import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';

describe('interpolate', () => {
  it('fills every placeholder', () => {
    expect(interpolate('Side {page} af {pages}', { page: 2, pages: 5 })).toBe('Side 2 af 5');
  });

  it('formats numbers with the given formatter', () => {
    const arabicDigits = (n: number) => new Intl.NumberFormat('ar-EG').format(n);
    expect(interpolate('الأطفال: {count}', { count: 3 }, arabicDigits)).toBe('الأطفال: ٣');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Skift {what}', {})).toBe('Skift {what}');
    expect(interpolate('Skift {what}', undefined)).toBe('Skift {what}');
  });

  it('inserts text as it is, even with braces or dollar signs', () => {
    expect(interpolate('Skift {what}', { what: '$& {x}' })).toBe('Skift $& {x}');
  });
});
