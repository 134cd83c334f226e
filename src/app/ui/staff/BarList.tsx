// A ranked list with a bar per row (countries, municipalities): the picture and name first, then a
// bar as long as its share of the largest row, then the number, so the list reads at a glance and
// still reads right, as plain text, to a screen reader.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import './BarList.css';

export interface BarItem {
  key: string;
  label: string;
  visits: number;
  /** A flag or pictogram beside the name; decorative. */
  icon?: ComponentChildren;
}

interface BarListProps {
  title: string;
  items: readonly BarItem[];
  /** Shown instead of the list when it has no rows. */
  empty: string;
}

export function BarList({ title, items, empty }: BarListProps) {
  const { formatNumber } = useI18n();
  const titleId = useId();
  const most = Math.max(1, ...items.map(({ visits }) => visits));
  return (
    <section class="bar-list" aria-labelledby={titleId}>
      <h3 id={titleId} class="bar-list__title">
        {title}
      </h3>
      {items.length === 0 ? (
        <p class="bar-list__empty">{empty}</p>
      ) : (
        <ol class="bar-list__rows" aria-labelledby={titleId}>
          {items.map(({ key, label, visits, icon }) => (
            <li key={key} class="bar-list__row">
              <span class="bar-list__icon" aria-hidden="true">
                {icon}
              </span>
              <span class="bar-list__label">{label}</span>{' '}
              <span class="bar-list__track" aria-hidden="true">
                <span class="bar-list__bar" style={{ inlineSize: `${(visits / most) * 100}%` }} />
              </span>
              <span class="bar-list__count">{formatNumber(visits)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
