import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { Plus } from '../pictograms/Plus';
import type { Option } from './search';
import { searchOptions } from './search';

/** Enough to scan at a glance; typing narrows the rest down. */
const SHOWN = 24;

interface AddFromAllProps {
  id: string;
  label: string;
  options: readonly Option[];
  /** Already chosen: not offered again. */
  chosen: readonly string[];
  picture?: (code: string) => ComponentChildren;
  onAdd: (code: string) => void;
}

/** A search field over all countries or municipalities, and a button to add each match. */
export function AddFromAll({ id, label, options, chosen, picture, onAdd }: AddFromAllProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => searchOptions(options, query, new Set(chosen)),
    [options, query, chosen],
  );
  const shown = matches.slice(0, SHOWN);
  return (
    <div class="add-from-all">
      <label class="settings-field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="settings-input"
        type="search"
        autoComplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <ul class="add-from-all__matches">
        {shown.map((option) => (
          <li key={option.code}>
            <button
              type="button"
              class="settings-button add-from-all__add"
              aria-label={t('settings.list.add', { name: option.name })}
              onClick={() => onAdd(option.code)}
            >
              <Plus class="add-from-all__plus" />
              {picture && (
                <span class="add-from-all__picture" aria-hidden="true">
                  {picture(option.code)}
                </span>
              )}
              <span>{option.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {matches.length === 0 && query.trim() !== '' && (
        <p class="settings-note">{t('settings.list.noMatch', { query: query.trim() })}</p>
      )}
      {matches.length > shown.length && (
        <p class="settings-note">
          {t('settings.list.more', { count: matches.length - shown.length })}
        </p>
      )}
    </div>
  );
}
