// The plane geometry behind the kiosk's maps (make-municipality-maps.mjs, make-region-maps.mjs): cutting shapes
// to the frame, dropping the points a tile cannot show, and writing compact SVG path data. Points
// are [x, y] in the picture's units; a clip rectangle is { x0, y0, x1, y1 }.

/** Signed area of a ring (shoelace), in the square of its units. */
export function ringArea(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % points.length];
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

/** Sutherland–Hodgman: the part of a ring inside clip (edges along clip where it was cut). */
export function clipRing(points, clip) {
  const edges = [
    [(p) => p[0] >= clip.x0, (a, b) => atX(a, b, clip.x0)],
    [(p) => p[0] <= clip.x1, (a, b) => atX(a, b, clip.x1)],
    [(p) => p[1] >= clip.y0, (a, b) => atY(a, b, clip.y0)],
    [(p) => p[1] <= clip.y1, (a, b) => atY(a, b, clip.y1)],
  ];
  let out = points;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    let previous = input[input.length - 1];
    for (const current of input) {
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
      previous = current;
    }
    if (out.length === 0) break;
  }
  return out;
}
const atX = (a, b, x) => [x, a[1] + ((x - a[0]) * (b[1] - a[1])) / (b[0] - a[0])];
const atY = (a, b, y) => [a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), y];

/** Liang–Barsky per segment: the runs of a line inside clip. */
function clipLine(points, clip) {
  const runs = [];
  let run = null;
  for (let i = 1; i < points.length; i += 1) {
    const segment = clipSegment(points[i - 1], points[i], clip);
    if (!segment) {
      run = null;
      continue;
    }
    const [from, to] = segment;
    if (run && run[run.length - 1] === points[i - 1] && from === points[i - 1]) run.push(to);
    else runs.push((run = [from, to]));
  }
  return runs;
}

function clipSegment(a, b, clip) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const sides = [
    [-dx, a[0] - clip.x0],
    [dx, clip.x1 - a[0]],
    [-dy, a[1] - clip.y0],
    [dy, clip.y1 - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
    } else if (p < 0) {
      t0 = Math.max(t0, q / p);
    } else {
      t1 = Math.min(t1, q / p);
    }
  }
  if (t0 > t1) return null;
  // Unclipped ends stay the same objects, so clipLine can tell a run goes on.
  const from = t0 === 0 ? a : [a[0] + t0 * dx, a[1] + t0 * dy];
  const to = t1 === 1 ? b : [a[0] + t1 * dx, a[1] + t1 * dy];
  return [from, to];
}

/** Douglas–Peucker: the points of a line that matter at this tolerance, ends kept. */
export function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whole units, without repeated points. */
export function rounded(points) {
  const out = [];
  for (const [x, y] of points) {
    const point = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Path data: an absolute move, then relative lines; a minus sign is its own separator. */
function pathData(lines, closed) {
  let d = '';
  for (const points of lines) {
    const [first, ...rest] = points;
    const numbers = [];
    let [x, y] = first;
    for (const [nx, ny] of rest) {
      numbers.push(nx - x, ny - y);
      [x, y] = [nx, ny];
    }
    const steps = numbers.map((n, i) => (i > 0 && n >= 0 ? ' ' : '') + n).join('');
    d += `M${first[0]} ${first[1]}l${steps}`;
    if (closed) d += 'z';
  }
  return d;
}

export function polygonsPath(polygons, { project, clip, tolerance, minArea }) {
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const projected = ring.slice(0, -1).map(project);
      const clipped = clipRing(projected, clip);
      if (clipped.length < 3) continue;
      const points = rounded(simplify([...clipped, clipped[0]], tolerance)).slice(0, -1);
      if (points.length >= 3 && Math.abs(ringArea(points)) >= minArea) rings.push(points);
    }
  }
  return pathData(rings, true);
}

export function linesPath(lines, { project, clip, tolerance }) {
  const kept = lines
    .flatMap((line) => clipLine(line.map(project), clip))
    .map((run) => rounded(simplify(run, tolerance)))
    .filter((points) => points.length >= 2);
  return pathData(kept, false);
}
