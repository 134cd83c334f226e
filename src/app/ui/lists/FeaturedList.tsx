// The featured countries or municipalities in the order the kiosk shows them, each with up, down
// and remove. The list itself follows the stored settings, so a refused change never shows as done.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';

export interface ListedItem {
  code: string;
  name: string;
  picture: ComponentChildren;
  /** More controls under the item, e.g. its photo. */
  extra?: ComponentChildren;
}

type Action = 'up' | 'down' | 'remove';

interface FeaturedListProps {
  label: string;
  items: readonly ListedItem[];
  /** Resolve false when the change was refused. */
  onMove: (code: string, by: -1 | 1) => Promise<boolean>;
  onRemove: (code: string) => Promise<boolean>;
}

export function FeaturedList({ label, items, onMove, onRemove }: FeaturedListProps) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  // Where the keyboard focus goes once the stored list comes back: it follows the moved item,
  // or stays at the removed item's place.
  const refocus = useRef<{ code: string; action: Action; index: number } | null>(null);

  useLayoutEffect(() => {
    const wanted = refocus.current;
    const root = list.current;
    if (!wanted || !root) return;
    const find = (selector: string) => root.querySelector<HTMLButtonElement>(selector);
    let target: HTMLButtonElement | null = null;
    if (wanted.action === 'remove') {
      const next = items[Math.min(wanted.index, items.length - 1)];
      if (next?.code === wanted.code) return; // not removed (yet, or refused)
      target = next ? find(`[data-code="${next.code}"][data-action="remove"]`) : null;
    } else {
      const other = wanted.action === 'up' ? 'down' : 'up';
      const same = find(`[data-code="${wanted.code}"][data-action="${wanted.action}"]`);
      target =
        same && !same.disabled
          ? same
          : find(`[data-code="${wanted.code}"][data-action="${other}"]`);
    }
    refocus.current = null;
    target?.focus();
  }, [items]);

  const act = (code: string, action: Action, index: number) => {
    const wanted = { code, action, index };
    refocus.current = wanted;
    const done = action === 'remove' ? onRemove(code) : onMove(code, action === 'up' ? -1 : 1);
    void done.then((stored) => {
      if (!stored && refocus.current === wanted) refocus.current = null;
    });
  };

  return (
    <ol ref={list} class="featured-list" aria-label={label}>
      {items.map((item, index) => (
        <li key={item.code} class="featured-list__item">
          <div class="featured-list__row">
            <span class="featured-list__picture" aria-hidden="true">
              {item.picture}
            </span>
            <span class="featured-list__name">{item.name}</span>
            <span class="featured-list__actions">
              <button
                type="button"
                class="settings-button"
                data-code={item.code}
                data-action="up"
                aria-label={t('settings.list.moveUp', { name: item.name })}
                disabled={index === 0}
                onClick={() => act(item.code, 'up', index)}
              >
                <span aria-hidden="true">↑ </span>
                {t('settings.list.up')}
              </button>
              <button
                type="button"
                class="settings-button"
                data-code={item.code}
                data-action="down"
                aria-label={t('settings.list.moveDown', { name: item.name })}
                disabled={index === items.length - 1}
                onClick={() => act(item.code, 'down', index)}
              >
                <span aria-hidden="true">↓ </span>
                {t('settings.list.down')}
              </button>
              <button
                type="button"
                class="settings-button"
                data-code={item.code}
                data-action="remove"
                aria-label={t('settings.list.remove', { name: item.name })}
                onClick={() => act(item.code, 'remove', index)}
              >
                {t('settings.list.removeShort')}
              </button>
            </span>
          </div>
          {item.extra}
        </li>
      ))}
    </ol>
  );
}
