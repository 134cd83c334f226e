// Writes src/app/ui/kiosk/regions/<region>.svg, the map on each tile of the kiosk's region step:
// the land around a part of the world, that part filled in the kiosk's green, and a dot for each
// of its countries too small to see (islands in the Caribbean and the Pacific, Malta, Singapore),
// so a woman can point at where she comes from without reading. Equirectangular, framed around
// the region at the tiles' 5:4. Source: Natural Earth via world-atlas (public domain).
// Run: npx tsx src/scripts/make-region-maps.mjs   (tsx, because the regions live in .ts)
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { REGION_COUNTRIES, REGION_IDS } from '../shared/regions.ts';
import { clipRing, ringArea, rounded, simplify } from './map-geometry.mjs';

const require = createRequire(import.meta.url);
// CommonJS, so its functions come through require.
const { numericToAlpha2 } = require('i18n-iso-countries');
const outDir = fileURLToPath(new URL('../app/ui/kiosk/regions/', import.meta.url));

const WIDTH = 250;
const HEIGHT = 200;
const COLOURS = { sea: '#dcebf0', land: '#cdc3ad', own: '#2f5d50', edge: '#1d2a26' };
// Points nearer than this to the simplified line are dropped; rings smaller than the area vanish.
const TOLERANCE = 0.7;
const MIN_RING_AREA = 2;
// A country whose shape covers less than this (square units) gets a dot of this radius as well.
const MIN_VISIBLE_AREA = 12;
const DOT_RADIUS = 3.2;

// What each map shows, in degrees: west, east (beyond 180 where the region spans the date line),
// north, south. Wider than the region, so the land around it says where on the globe it is.
const FRAMES = {
  westAfrica: [-26, 34, 38, -20],
  eastAfrica: [5, 62, 33, -36],
  middleEast: [-18, 64, 44, 4],
  asia: [28, 148, 58, -12],
  northWestEurope: [-50, 34, 76, 42],
  southEastEurope: [-12, 52, 60, 33],
  northAmerica: [-170, -52, 75, 5],
  southAmerica: [-85, -30, 13, -56],
  oceania: [108, 232, 12, -48],
};

// Where world-atlas has a shape without an ISO number, and where a country is only part of
// another's shape (France's overseas departments, for example): its place, for a dot.
const BY_NAME = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
// prettier-ignore
const PLACES = {
  BL: [-62.8, 17.9], BQ: [-68.3, 12.2], CC: [96.8, -12.2], CX: [105.7, -10.5], GF: [-53.1, 4],
  GI: [-5.35, 36.1], GP: [-61.5, 16.2], MF: [-63.05, 18.07], MQ: [-61, 14.6], RE: [55.5, -21.1],
  SJ: [16, 78.3], SX: [-63.05, 18.04], TK: [-171.8, -9.2], YT: [45.1, -12.8], TV: [179.2, -8.5],
  NR: [166.9, -0.5], MC: [7.42, 43.74], VA: [12.45, 41.9], SM: [12.45, 43.94], LI: [9.55, 47.16],
  AD: [1.52, 42.5], MT: [14.4, 35.9], AX: [20, 60.2], GG: [-2.58, 49.45], JE: [-2.13, 49.21],
  IM: [-4.5, 54.2], FO: [-6.9, 62], MO: [113.55, 22.2], HK: [114.17, 22.3], SG: [103.8, 1.35],
  BH: [50.55, 26.05], MV: [73.2, 3.2], KM: [43.9, -11.9], MU: [57.55, -20.3], SC: [55.45, -4.6],
  ST: [6.6, 0.3], CV: [-23.6, 15.1], SH: [-5.7, -15.95],
};

const codeOf = (geometry) =>
  BY_NAME[geometry.properties?.name] ??
  (geometry.id === undefined ? undefined : numericToAlpha2(String(geometry.id)));

function shapes(file) {
  const topology = require(`world-atlas/${file}`);
  const byCode = new Map();
  for (const geometry of topology.objects.countries.geometries) {
    const code = codeOf(geometry);
    const shape = feature(topology, geometry).geometry;
    if (!shape) continue;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    const key = code ?? `?${geometry.properties?.name}`;
    byCode.set(key, [...(byCode.get(key) ?? []), ...polygons]);
  }
  return byCode;
}

const coarse = shapes('countries-110m.json');
const fine = shapes('countries-50m.json');

/** The projection of one map: degrees to units, the frame's centre in the middle. */
function projectionOf([west, east, north, south]) {
  const lat = (north + south) / 2;
  const lon = (west + east) / 2;
  const kx = Math.cos((lat * Math.PI) / 180);
  const scale = Math.min(WIDTH / ((east - west) * kx), HEIGHT / (north - south));
  // Each ring is put on the turn of the globe that lies nearest the frame's middle; one that
  // crosses the date line is first made whole on the eastern side.
  const near = (ring) => {
    const lons = ring.map((p) => p[0]);
    const crosses = Math.max(...lons) - Math.min(...lons) > 180;
    const whole = crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
    const mean = whole.reduce((sum, p) => sum + p[0], 0) / whole.length;
    const turn = Math.round((lon - mean) / 360) * 360;
    return turn === 0 ? whole : whole.map(([x, y]) => [x + turn, y]);
  };
  return {
    ring: (ring) =>
      near(ring).map(([x, y]) => [
        WIDTH / 2 + (x - lon) * kx * scale,
        HEIGHT / 2 + (lat - y) * scale,
      ]),
    point: ([x, y]) => [
      WIDTH / 2 + (x + Math.round((lon - x) / 360) * 360 - lon) * kx * scale,
      HEIGHT / 2 + (lat - y) * scale,
    ],
  };
}

const CLIP = { x0: -4, y0: -4, x1: WIDTH + 4, y1: HEIGHT + 4 };
// Rings are cut a little beyond the frame, so no cut edge shows.
/** The rings of some countries as they show in this frame, and the area they cover. */
function ringsOf(polygons, projection) {
  const rings = [];
  let area = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = clipRing(projection.ring(ring).slice(0, -1), CLIP);
      if (clipped.length < 3) continue;
      const exact = Math.abs(ringArea(clipped));
      area += exact;
      const points = rounded(simplify([...clipped, clipped[0]], TOLERANCE)).slice(0, -1);
      if (points.length >= 3 && exact >= MIN_RING_AREA) rings.push(points);
    }
  }
  return { rings, area };
}

/** Path data: an absolute move, then relative lines; a minus sign is its own separator. */
function pathData(rings) {
  let d = '';
  for (const [first, ...rest] of rings) {
    const numbers = [];
    let [x, y] = first;
    for (const [nx, ny] of rest) {
      numbers.push(nx - x, ny - y);
      [x, y] = [nx, ny];
    }
    d += `M${first[0]} ${first[1]}l${numbers.map((n, i) => (i > 0 && n >= 0 ? ' ' : '') + n).join('')}z`;
  }
  return d;
}

/** Where a country too small to see lies: the middle of its largest part, or a known place. */
function placeOf(code) {
  const polygons = fine.get(code) ?? coarse.get(code);
  if (polygons) {
    const ring = polygons
      .map((polygon) => polygon[0])
      .reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    return [
      (Math.min(...lons) + Math.max(...lons)) / 2,
      (Math.min(...lats) + Math.max(...lats)) / 2,
    ];
  }
  const place = PLACES[code];
  if (!place) throw new Error(`No shape and no place for ${code}: add it to PLACES.`);
  return place;
}

function pictureOf(region) {
  const projection = projectionOf(FRAMES[region]);
  const members = new Set(REGION_COUNTRIES[region]);
  const others = [...coarse].filter(([code]) => !members.has(code)).flatMap(([, p]) => p);
  const own = [];
  const dots = [];
  for (const code of members) {
    // A place inside another country's shape (France's overseas departments) shows as a dot.
    const { rings, area } = ringsOf(PLACES[code] ? [] : (coarse.get(code) ?? []), projection);
    own.push(...rings);
    if (area < MIN_VISIBLE_AREA) {
      const [x, y] = projection.point(PLACES[code] ?? placeOf(code));
      if (x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT) dots.push([Math.round(x), Math.round(y)]);
    }
  }
  const style =
    `.land{fill:${COLOURS.land};stroke:${COLOURS.land};stroke-width:1}` +
    `.own{fill:${COLOURS.own};stroke:${COLOURS.edge};stroke-width:1}` +
    `circle{fill:${COLOURS.own};stroke:#fff;stroke-width:1.2}` +
    'path{fill-rule:evenodd;stroke-linejoin:round}';
  const circles = [...new Set(dots.map(([x, y]) => `${x},${y}`))]
    .map((xy) => xy.split(','))
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${DOT_RADIUS}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">
<!-- The kiosk's map of ${region}. Generated by src/scripts/make-region-maps.mjs; do not edit. Natural Earth (public domain) via world-atlas. -->
<style>${style}</style>
<clipPath id="frame"><rect width="${WIDTH}" height="${HEIGHT}" rx="8"/></clipPath>
<g clip-path="url(#frame)">
<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOURS.sea}"/>
<path class="land" d="${pathData(ringsOf(others, projection).rings)}"/>
<path class="own" d="${pathData(own)}"/>
${circles}
</g>
</svg>
`;
}

await mkdir(outDir, { recursive: true });
for (const region of REGION_IDS) {
  const svg = pictureOf(region);
  await writeFile(`${outDir}${region}.svg`, svg);
  console.log(`Wrote ${region}.svg: ${Math.round(Buffer.byteLength(svg) / 102.4) / 10} KB`);
}
