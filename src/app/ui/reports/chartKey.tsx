// What the report charts share: the hatching that marks children's bars apart from adults' by
// more than colour, and the key that names the two kinds of bar.
import type { ComponentChildren } from 'preact';

/** The hatching children's bars are filled with, as `url(#id)`. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect class="bar-chart__children-fill" width="6" height="6" />
        <line class="bar-chart__hatch" x1="0" y1="0" x2="0" y2="6" />
      </pattern>
    </defs>
  );
}

interface ChartKeyProps {
  x: number;
  y: number;
  /** Where the second entry starts, from the first. */
  gap: number;
  hatchId: string;
  solid: ComponentChildren;
  hatched: ComponentChildren;
}

/** A solid bar and a hatched one, each with its name. */
export function ChartKey({ x, y, gap, hatchId, solid, hatched }: ChartKeyProps) {
  return (
    <g class="bar-chart__legend" aria-hidden="true">
      <rect class="bar-chart__adults" x={x} y={y} width="18" height="14" />
      <text x={x + 24} y={y + 12}>
        {solid}
      </text>
      <rect
        class="bar-chart__children"
        x={x + gap}
        y={y}
        width="18"
        height="14"
        fill={`url(#${hatchId})`}
      />
      <text x={x + gap + 24} y={y + 12}>
        {hatched}
      </text>
    </g>
  );
}
