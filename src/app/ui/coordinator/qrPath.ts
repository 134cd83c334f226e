// A QR code as one SVG path: a unit square for every dark module, so the page draws it itself
// (no image made elsewhere, nothing injected as markup) and it stays sharp at any size and in print.

/** What the path needs of a QR code's module matrix (qrcode's BitMatrix). */
export interface Modules {
  size: number;
  get(row: number, col: number): number;
}

/** The dark modules as `M<x> <y>h1v1h-1z` squares, offset by the quiet zone `margin`. */
export function qrPath(modules: Modules, margin = 4): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
    }
  }
  return parts.join('');
}
