import { describe, expect, it } from 'vitest';
import {
  clampPage,
  fitGrid,
  fitPageArea,
  pageCount,
  pageItems,
  pageOf,
  pagedTileSize,
  swipeStep,
} from './paging';

describe('fitGrid', () => {
  it('fits as many tiles as the area holds, gaps included', () => {
    // 3 tiles of 100 with 2 gaps of 16 need 332.
    expect(fitGrid(332, 100, { inline: 100, block: 100 }, 16)).toEqual({ columns: 3, rows: 1 });
    expect(fitGrid(331, 216, { inline: 100, block: 100 }, 16)).toEqual({ columns: 2, rows: 2 });
  });

  it('always gives at least one tile, even on a tiny or unmeasured area', () => {
    expect(fitGrid(0, -10, { inline: 100, block: 100 }, 16)).toEqual({ columns: 1, rows: 1 });
  });

  it('gives about six columns on a landscape tablet and four on a portrait one', () => {
    const landscape = fitGrid(1248, 520, pagedTileSize(1280, 800), 16);
    const portrait = fitGrid(768, 980, pagedTileSize(800, 1280), 16);
    expect(landscape.columns).toBeGreaterThanOrEqual(6);
    expect(landscape.rows).toBe(3);
    expect(portrait.columns).toBe(4);
    expect(portrait.rows).toBeGreaterThanOrEqual(5);
  });
});

describe('fitPageArea', () => {
  it('fits the measured page area when there is one', () => {
    expect(fitPageArea(1280, 800, 332, 100)).toEqual(
      fitGrid(332, 100, pagedTileSize(1280, 800), 16),
    );
  });
});

describe('pagedTileSize', () => {
  it('never goes below the 96 px a choice needs', () => {
    const small = pagedTileSize(320, 480);
    expect(small.inline).toBeGreaterThanOrEqual(96);
    expect(small.block).toBeGreaterThanOrEqual(96);
  });
});

describe('pages', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('counts pages, with one page even when there is nothing', () => {
    expect(pageCount(250, 18)).toBe(14);
    expect(pageCount(18, 18)).toBe(1);
    expect(pageCount(0, 18)).toBe(1);
  });

  it('slices a page, the last one holding the rest', () => {
    expect(pageItems(items, 0, 18)).toEqual(items.slice(0, 18));
    expect(pageItems(items, 1, 18)[0]).toBe(18);
    expect(pageItems(items, 13, 18)).toEqual(items.slice(234));
  });

  it('keeps a page number within the pages', () => {
    expect(clampPage(-1, 14)).toBe(0);
    expect(clampPage(14, 14)).toBe(13);
    expect(clampPage(3, 0)).toBe(0);
    expect(pageItems(items, 99, 18)).toEqual(items.slice(234));
  });

  it('finds the page that holds an item, so a resize keeps the same tiles in view', () => {
    // Page 3 of 18 a page starts at item 54; with 24 a page that is on page 2 (48..71).
    expect(pageOf(54, 18)).toBe(3);
    expect(pageOf(54, 24)).toBe(2);
    expect(pageOf(0, 24)).toBe(0);
  });
});

describe('swipeStep', () => {
  it('turns forward when the finger moves towards where lines start', () => {
    expect(swipeStep(-120, 10, 'ltr')).toBe(1);
    expect(swipeStep(120, 10, 'ltr')).toBe(-1);
  });

  it('is mirrored in right-to-left languages', () => {
    expect(swipeStep(120, 10, 'rtl')).toBe(1);
    expect(swipeStep(-120, 10, 'rtl')).toBe(-1);
  });

  it('ignores taps, short wobbles and movements that are mostly up or down', () => {
    expect(swipeStep(0, 0, 'ltr')).toBe(0);
    expect(swipeStep(30, 0, 'ltr')).toBe(0);
    expect(swipeStep(-100, 90, 'ltr')).toBe(0);
  });
});
