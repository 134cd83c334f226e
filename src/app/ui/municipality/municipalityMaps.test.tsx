// Every municipality's default tile must be a picture of its own. The tiles are rendered as the
// kiosk shows them; each tile's map file is then drawn onto a small grid (sea, other land, the
// municipality itself) and compared with every other: two that nearly match would leave a woman
// guessing which is hers.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MUNICIPALITIES } from '../../../shared/municipalities';
import { I18nProvider } from '../../i18n/I18n';
import { MunicipalityScreen } from '../kiosk/MunicipalityScreen';
import { MAP_HEIGHT, MAP_WIDTH } from './municipalityMaps';

const files = import.meta.glob<string>('../../../../public/municipalities/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// Coarse on purpose: about what a glance at a tile across the room tells apart.
const COLUMNS = 50;
const ROWS = 40;
// What a cell shows; a later layer of the file covers an earlier one, as when it is drawn.
const LAYERS: Record<string, number> = { foreign: 1, land: 2, own: 3 };
const LAND = 2;
const OWN = 3;

// Measured on the pictures as generated, with room to spare: the closest pair of all is
// Bornholm and Læsø (0.10), two islands alone in the sea; around Copenhagen, Dragør and Tårnby
// (0.28), and by shape alone Hvidovre and Rødovre (0.37).
const MIN_DIFFERENCE = 0.08;
const MIN_DIFFERENCE_AROUND_COPENHAGEN = 0.25;
const MIN_SHAPE_DIFFERENCE = 0.3;

interface Point {
  x: number;
  y: number;
}

/** The rings of path data as the generator writes it: M x y, then relative l steps, z. */
function ringsOf(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let absolute = false;
  let pending: number | null = null;
  let at: Point = { x: 0, y: 0 };
  for (const token of d.match(/[Mlz]|-?\d+/g) ?? []) {
    if (token === 'M') {
      ring = [];
      rings.push(ring);
      absolute = true;
    } else if (token === 'l') {
      absolute = false;
    } else if (token !== 'z') {
      if (pending === null) {
        pending = Number(token);
        continue;
      }
      const [dx, dy] = [pending, Number(token)];
      pending = null;
      at = absolute ? { x: dx, y: dy } : { x: at.x + dx, y: at.y + dy };
      ring.push(at);
    }
  }
  return rings;
}

/** The picture on a grid of COLUMNS x ROWS cells, each 0 (sea) or a LAYERS value. */
function rasterise(svg: string): Uint8Array {
  const grid = new Uint8Array(COLUMNS * ROWS);
  for (const [, layer = '', d = ''] of svg.matchAll(/<path class="(\w+)" d="([^"]+)"/g)) {
    const value = LAYERS[layer];
    if (value === undefined) continue; // the borders are lines, not areas
    const rings = ringsOf(d);
    for (let row = 0; row < ROWS; row += 1) {
      const y = ((row + 0.5) * MAP_HEIGHT) / ROWS;
      // Even-odd, as the file fills: a cell is inside when an odd number of edges lie left of it.
      const crossings: number[] = [];
      for (const ring of rings) {
        ring.forEach((a, i) => {
          const b = ring[(i + 1) % ring.length] ?? a;
          if (a.y <= y !== b.y <= y) crossings.push(a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
        });
      }
      for (let column = 0; column < COLUMNS; column += 1) {
        const x = ((column + 0.5) * MAP_WIDTH) / COLUMNS;
        if (crossings.filter((c) => c < x).length % 2 === 1) grid[row * COLUMNS + column] = value;
      }
    }
  }
  return grid;
}

/**
 * How far apart two pictures are: of the cells where either shows something other than plain
 * neighbouring land (its municipality, sea, another country), the share in which they differ. The
 * land every inland picture shares would otherwise make any two of them look close.
 */
const difference = (a: Uint8Array, b: Uint8Array) => {
  let either = 0;
  let differ = 0;
  a.forEach((cell, i) => {
    const other = b[i];
    if (cell !== LAND || other !== LAND) either += 1;
    if (cell !== other) differ += 1;
  });
  return either === 0 ? 0 : differ / either;
};

/** How far apart two own shapes are: of the cells either covers, the share only one does. */
const shapeDifference = (a: Uint8Array, b: Uint8Array) => {
  let either = 0;
  let one = 0;
  a.forEach((cell, i) => {
    const inA = cell === OWN;
    const inB = b[i] === OWN;
    if (inA || inB) either += 1;
    if (inA !== inB) one += 1;
  });
  return either === 0 ? 0 : one / either;
};

const share = (grid: Uint8Array, value: number) =>
  grid.filter((cell) => cell === value).length / grid.length;

// The capital's municipalities, which a centre near Copenhagen features side by side.
const around = [
  'København',
  'Frederiksberg',
  'Albertslund',
  'Brøndby',
  'Ishøj',
  'Vallensbæk',
  'Glostrup',
  'Hvidovre',
  'Rødovre',
  'Herlev',
  'Ballerup',
  'Gladsaxe',
  'Gentofte',
  'Tårnby',
  'Dragør',
  'Høje-Taastrup',
];

/** Each municipality's picture as its kiosk tile shows it, by the tile's name. */
const pictures = new Map<string, Uint8Array>();

beforeAll(() => {
  render(
    <I18nProvider initial="da">
      <MunicipalityScreen
        featured={MUNICIPALITIES.map((m) => m.code)}
        onChoose={vi.fn()}
        onMore={vi.fn()}
      />
    </I18nProvider>,
  );
  for (const { name } of MUNICIPALITIES) {
    const tile = screen.getByRole('button', { name });
    const href = tile.querySelector('svg.municipality-picture image')?.getAttribute('href') ?? '';
    const file = files[`../../../../public/municipalities/${href.split('/').pop() ?? ''}`];
    if (file !== undefined) pictures.set(name, rasterise(file));
  }
  cleanup();
});

afterEach(cleanup);

describe('the default municipality pictures', () => {
  it('give every one of the 98 tiles a map of its own municipality', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const withoutMap = MUNICIPALITIES.filter(({ name }) => !pictures.has(name)).map((m) => m.name);
    expect(withoutMap).toEqual([]);
    for (const [name, grid] of pictures) {
      // The municipality is there to see, and so is what lies around it.
      expect(share(grid, OWN), name).toBeGreaterThan(0.02);
      expect(share(grid, OWN), name).toBeLessThan(0.4);
    }
  });

  it('never show two municipalities with nearly the same picture', () => {
    const names = [...pictures.keys()];
    const alike: string[] = [];
    names.forEach((a, i) => {
      for (const b of names.slice(i + 1)) {
        const gridA = pictures.get(a);
        const gridB = pictures.get(b);
        if (gridA && gridB && difference(gridA, gridB) < MIN_DIFFERENCE) alike.push(`${a} / ${b}`);
      }
    });
    expect(alike).toEqual([]);
  });

  it('tell those around Copenhagen apart, by their place and by their shape alone', () => {
    around.forEach((a, i) => {
      for (const b of around.slice(i + 1)) {
        const gridA = pictures.get(a) ?? new Uint8Array();
        const gridB = pictures.get(b) ?? new Uint8Array();
        expect(difference(gridA, gridB), `${a} / ${b}`).toBeGreaterThan(
          MIN_DIFFERENCE_AROUND_COPENHAGEN,
        );
        expect(shapeDifference(gridA, gridB), `${a} / ${b}`).toBeGreaterThan(MIN_SHAPE_DIFFERENCE);
      }
    });
  });
});
