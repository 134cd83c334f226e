import { describe, expect, it } from 'vitest';
import { change } from '../../../shared/reports/change';
import { differenceText, percentText } from './changeText';

describe('a change in words', () => {
  it('shows the sign of a rise and a fall, and none for no change', () => {
    expect(differenceText(change(10, 22), 'en')).toBe('+12');
    expect(differenceText(change(10, 7), 'en')).toBe('-3');
    expect(differenceText(change(5, 5), 'da')).toBe('0');
  });

  it('gives the per cent in the page’s language, "new" from nothing and a dash for none', () => {
    expect(percentText(change(100, 108), 'en', 'new')).toBe('+8%');
    expect(percentText(change(100, 92), 'da', 'ny').replace(/\s/g, ' ')).toMatch(/^[-−]8 %$/);
    expect(percentText(change(0, 3), 'da', 'ny')).toBe('ny');
    expect(percentText(change(0, 0), 'da', 'ny')).toBe('–');
  });
});
