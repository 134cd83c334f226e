import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';
import { languageByCode } from './languages/languages';
import { localeNumbers } from './numbers';

const danish = localeNumbers(languageByCode('da'));
const english = localeNumbers(languageByCode('en'));

describe('interpolate', () => {
  it('fills every placeholder', () => {
    expect(interpolate('Side {page} af {pages}', { page: 2, pages: 5 }, danish)).toBe(
      'Side 2 af 5',
    );
  });

  it('formats numbers in the language’s own digits', () => {
    const sorani = localeNumbers(languageByCode('ckb'));
    expect(interpolate('الأطفال: {count}', { count: 3 }, sorani)).toBe('الأطفال: ٣');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Skift {what}', {}, danish)).toBe('Skift {what}');
    expect(interpolate('Skift {what}', undefined, danish)).toBe('Skift {what}');
  });

  it('inserts text as it is, even with braces, dollar signs or #', () => {
    expect(interpolate('Skift {what}', { what: '$& {x}' }, danish)).toBe('Skift $& {x}');
    const visits = '{name}: {count, plural, one {# visit} other {# visits}}';
    expect(interpolate(visits, { name: '#{count}', count: 2 }, english)).toBe('#{count}: 2 visits');
  });

  it('leaves braces that are no placeholder as they are', () => {
    expect(interpolate('{ } {a b} {count, plural, one {#}', { count: 1 }, danish)).toBe(
      '{ } {a b} {count, plural, one {#}',
    );
  });
});

describe('plural forms', () => {
  const visits = '{count, plural, one {# visit} other {# visits}}';

  it('picks one or other by the language’s rules', () => {
    expect(interpolate(visits, { count: 1 }, english)).toBe('1 visit');
    expect(interpolate(visits, { count: 0 }, english)).toBe('0 visits');
    expect(interpolate(visits, { count: 2 }, english)).toBe('2 visits');
    const people =
      '{adults, plural, one {# voksen} other {# voksne}} · {children, plural, one {# barn} other {# børn}}';
    expect(interpolate(people, { adults: 1, children: 2 }, danish)).toBe('1 voksen · 2 børn');
  });

  it('gives Arabic all six of its categories', () => {
    const arabic = localeNumbers(languageByCode('ar'));
    const days =
      '{n, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}';
    const say = (n: number) => interpolate(days, { n }, arabic);
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map(say)).toEqual([
      'لا أيام',
      'يوم واحد',
      'يومان',
      '3 أيام',
      '10 أيام',
      '11 يومًا',
      '99 يومًا',
      '100 يوم',
      '102 يوم',
      '103 أيام',
    ]);
  });

  it('writes # in the language’s own digits, chosen by its own locale', () => {
    const farsi = localeNumbers(languageByCode('fa'));
    const arabicDigits = localeNumbers({ locale: 'ar', digits: 'arab' });
    const days =
      '{n, plural, zero {# يوم} one {# يوم} two {# يومان} few {# أيام} many {# يومًا} other {# يوم}}';
    expect(interpolate('{n, plural, one {# روز} other {# روز}}', { n: 12 }, farsi)).toBe('۱۲ روز');
    expect(interpolate(days, { n: 14 }, arabicDigits)).toBe('١٤ يومًا');
  });

  it('keeps the text around it and the placeholders inside it', () => {
    const device = '{name}: {count, plural, one {# visit from {name}} other {# visits}}, at {when}';
    expect(interpolate(device, { name: 'door-1', count: 1, when: '10.32' }, english)).toBe(
      'door-1: 1 visit from door-1, at 10.32',
    );
  });

  it('falls back on the other form when a category has none', () => {
    expect(interpolate('{count, plural, other {# besøg}}', { count: 1 }, danish)).toBe('1 besøg');
  });

  it('shows a missing count in the other form rather than a blank', () => {
    expect(interpolate(`Skift: ${visits}`, {}, english)).toBe('Skift: {count} visits');
    expect(interpolate(visits, undefined, english)).toBe('{count} visits');
  });

  it('takes a count given as text in the other form, as it is', () => {
    expect(interpolate(visits, { count: 'mange' }, english)).toBe('mange visits');
  });
});
