// The maths of the sideways pages on the "all countries" and "all municipalities" screens: how
// many tiles fit the space the screen has, which tiles a page holds, and which way a swipe goes.

export interface TileSize {
  inline: number;
  block: number;
}

export interface GridFit {
  columns: number;
  rows: number;
}

/** The most columns and rows of tiles at least `tile` big, `gap` apart, that fit the area. */
export function fitGrid(inline: number, block: number, tile: TileSize, gap: number): GridFit {
  const count = (space: number, size: number) =>
    Math.max(1, Math.floor((Math.max(0, space) + gap) / (size + gap)));
  return { columns: count(inline, tile.inline), rows: count(block, tile.block) };
}

/** Smallest tile on a paged screen: a flag and a two- or three-line name, growing with the screen. */
export function pagedTileSize(viewportInline: number, viewportBlock: number): TileSize {
  const vmin = Math.min(viewportInline, viewportBlock);
  return {
    inline: Math.max(128, Math.round(vmin * 0.19)),
    block: Math.max(136, Math.round(vmin * 0.18)),
  };
}

/** --gap in theme.css. */
const GAP = 16;
// Space the frame, the question and the controls take, for when the page area cannot be
// measured (before layout, or in a test without one).
const CHROME_BLOCK = 300;

/**
 * The grid a page holds on a viewport: fitted to the page area when it has been measured (its
 * size is not 0), else to the viewport less the frame around it.
 */
export function fitPageArea(
  viewportInline: number,
  viewportBlock: number,
  areaInline = 0,
  areaBlock = 0,
): GridFit {
  const tile = pagedTileSize(viewportInline, viewportBlock);
  const inline = areaInline || viewportInline - 2 * GAP;
  const block = areaBlock || viewportBlock - CHROME_BLOCK;
  return fitGrid(inline, block, tile, GAP);
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}

/** A page number (0-based) kept within the pages there are. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.floor(page)), Math.max(0, pages - 1));
}

/** The page that holds the item at `index`: the page to show after the page size changed. */
export function pageOf(index: number, perPage: number): number {
  return Math.floor(Math.max(0, index) / Math.max(1, perPage));
}

export function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  const size = Math.max(1, perPage);
  const start = clampPage(page, pageCount(items.length, size)) * size;
  return items.slice(start, start + size);
}

/** Shortest sideways movement, in CSS pixels, that counts as a swipe rather than a shaky tap. */
const SWIPE_MIN_DISTANCE = 48;

/**
 * Which way a finger's movement turns the pages: +1 forward, -1 back, 0 not a swipe.
 * Pages lie the way the language reads, so moving the finger towards where lines start
 * (left in Danish, right in Arabic) brings the next page in, like turning a page.
 */
export function swipeStep(dx: number, dy: number, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  const towardsStart = dir === 'ltr' ? dx < 0 : dx > 0;
  return towardsStart ? 1 : -1;
}
