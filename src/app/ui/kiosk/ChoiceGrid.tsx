// The large choice tiles every question screen is made of: a real button each, the picture above
// and the name below as visible text, so what a screen reader or a test calls the button is
// exactly what the woman sees. The tile the speaker is reading carries data-reading="true".
import type { ComponentChildren } from 'preact';
import type { SoundItem } from '../../data/soundItems';
import { readingAttribute, useReadingMark } from '../sound/ReadAloud';
import './ChoiceGrid.css';

export interface Choice {
  key: string;
  label: string;
  /** What the speaker says for this tile: its recording, or the voice saying its name. */
  sound: SoundItem;
  picture: ComponentChildren;
  onChoose: () => void;
  /** A stable hook for browser tests: more-countries, skip, ... */
  action?: string;
  /** A picture that is a pictogram rather than a flag or a map, drawn a little smaller. */
  pictogram?: boolean;
}

interface ChoiceGridProps {
  choices: readonly Choice[];
  /** Fixed columns and rows for a paged grid; without them the grid fills the screen by itself. */
  columns?: number;
  rows?: number;
}

export function ChoiceGrid({ choices, columns, rows }: ChoiceGridProps) {
  const paged = columns !== undefined && rows !== undefined;
  const style = paged ? { '--columns': String(columns), '--rows': String(rows) } : undefined;
  const reading = useReadingMark();
  return (
    <ul class={paged ? 'choice-grid choice-grid--paged' : 'choice-grid'} style={style}>
      {choices.map((choice) => (
        <li key={choice.key} class="choice-grid__cell">
          <button
            type="button"
            class={choice.pictogram ? 'choice-tile choice-tile--pictogram' : 'choice-tile'}
            data-action={choice.action}
            data-code={choice.action ? undefined : choice.key}
            data-reading={readingAttribute(reading, choice.key)}
            onClick={choice.onChoose}
          >
            <span class="choice-tile__picture" aria-hidden="true">
              {choice.picture}
            </span>
            <span class="choice-tile__label">{choice.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
