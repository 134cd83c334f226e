// The period of a report: six presets a tap each, or any range of days typed into two date fields.
// Shared by the tablet's reports and the coordinator page. A custom range reaches onChange only
// once it is a valid one; until then the fields keep what was typed and say what is wrong.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/da';
import type { Period, PeriodProblem, Preset } from '../../../shared/periods';
import {
  PRESETS,
  periodDays,
  periodProblem,
  presetOf,
  presetPeriod,
  todayInCentre,
} from '../../../shared/periods';
import './PeriodPicker.css';

export interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
  /** The day presets are counted from; today in the centre's time zone unless given. */
  today?: string;
}

const PRESET_LABEL: Record<Preset, MessageKey> = {
  today: 'reports.preset.today',
  thisWeek: 'reports.preset.thisWeek',
  thisMonth: 'reports.preset.thisMonth',
  lastMonth: 'reports.preset.lastMonth',
  thisYear: 'reports.preset.thisYear',
  lastYear: 'reports.preset.lastYear',
};

const PROBLEM: Record<PeriodProblem, MessageKey> = {
  'from-invalid': 'reports.period.fromInvalid',
  'to-invalid': 'reports.period.toInvalid',
  reversed: 'reports.period.reversed',
  'too-early': 'reports.period.tooEarly',
  'too-late': 'reports.period.tooLate',
};

/** A period in words, e.g. "1.–30. november 2026", in the screen's language. */
export function formatPeriod(period: Period, lang: string): string {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (period.from === period.to) return format.format(day(period.from));
  return format.formatRange(day(period.from), day(period.to));
}

export function PeriodPicker({ value, onChange, today }: PeriodPickerProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const day = today ?? todayInCentre();
  // What the fields hold while it is not a valid range yet; otherwise they show `value`.
  const [draft, setDraft] = useState<Period | null>(null);
  const shown = draft ?? value;
  const problem = periodProblem(shown);
  const active = presetOf(value, day);

  const edit = (change: Partial<Period>) => {
    const next = { ...shown, ...change };
    if (periodProblem(next) === null) {
      setDraft(null);
      onChange(next);
    } else {
      setDraft(next);
    }
  };
  const choose = (preset: Preset) => {
    setDraft(null);
    onChange(presetPeriod(preset, day));
  };

  return (
    <fieldset class="period-picker">
      <legend class="period-picker__legend">{t('reports.period')}</legend>
      <div class="period-picker__presets">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            class="period-picker__preset"
            aria-pressed={active === preset}
            onClick={() => choose(preset)}
          >
            {t(PRESET_LABEL[preset])}
          </button>
        ))}
      </div>
      <div class="period-picker__custom">
        <label class="period-picker__field">
          <span>{t('reports.period.from')}</span>
          <input
            type="date"
            value={shown.from}
            min="2000-01-01"
            aria-invalid={problem === 'from-invalid' || problem === 'reversed'}
            aria-describedby={`${id}-status`}
            onInput={(event) => edit({ from: event.currentTarget.value })}
          />
        </label>
        <label class="period-picker__field">
          <span>{t('reports.period.to')}</span>
          <input
            type="date"
            value={shown.to}
            min="2000-01-01"
            aria-invalid={problem === 'to-invalid' || problem === 'reversed'}
            aria-describedby={`${id}-status`}
            onInput={(event) => edit({ to: event.currentTarget.value })}
          />
        </label>
      </div>
      <p id={`${id}-status`} class="period-picker__status" role="status">
        {problem !== null ? (
          <span class="period-picker__problem">{t(PROBLEM[problem])}</span>
        ) : (
          t('reports.period.shown', {
            period: formatPeriod(value, lang),
            days: periodDays(value),
          })
        )}
      </p>
    </fieldset>
  );
}
