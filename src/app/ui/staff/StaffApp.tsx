// The staff view behind the PIN: today's numbers, the check-ins to correct, reports and settings,
// one section at a time. It holds no state of its own worth keeping: leaving it (by the button, or
// by itself after three minutes untouched) drops everything, and the next way in asks for the PIN.
import type { ComponentType } from 'preact';
import { useErrorBoundary, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/da';
import { useI18n } from '../../i18n/I18n';
import { CheckInsView } from './CheckInsView';
import { RecordingsView } from './RecordingsView';
import { ReportsView } from './ReportsView';
import { SettingsView } from './SettingsView';
import { TodayView } from './TodayView';
import { useAutoLock } from './useAutoLock';
import './StaffApp.css';

export const AUTO_LOCK_MS = 3 * 60_000;

type SectionId = 'today' | 'checkIns' | 'reports' | 'recordings' | 'settings';

const SECTION_ORDER: readonly SectionId[] = [
  'today',
  'checkIns',
  'reports',
  'recordings',
  'settings',
];

const SECTIONS: Record<SectionId, { label: MessageKey; View: ComponentType }> = {
  today: { label: 'staff.tab.today', View: TodayView },
  checkIns: { label: 'staff.tab.checkIns', View: CheckInsView },
  reports: { label: 'staff.tab.reports', View: ReportsView },
  recordings: { label: 'staff.tab.recordings', View: RecordingsView },
  settings: { label: 'staff.tab.settings', View: SettingsView },
};

interface StaffAppProps {
  /** Back to the kiosk; the staff view is locked from then on. */
  onLeave: () => void;
}

export function StaffApp({ onLeave }: StaffAppProps) {
  const { t, dir } = useI18n();
  const [sectionId, setSectionId] = useState<SectionId>('today');
  const [failure, retry] = useErrorBoundary((error: unknown) => {
    console.error('A staff section failed.', error);
  });

  useAutoLock(AUTO_LOCK_MS, onLeave);

  const { View } = SECTIONS[sectionId];
  const choose = (id: SectionId) => {
    if (failure) retry();
    setSectionId(id);
  };

  // Arrow keys move between tabs, as a tab list is expected to, mirrored right to left.
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = SECTION_ORDER[(index + step + SECTION_ORDER.length) % SECTION_ORDER.length];
    if (next === undefined) return;
    choose(next);
    document.getElementById(`staff-tab-${next}`)?.focus();
  };

  return (
    <div class="staff-app" data-screen="staff">
      <header class="staff-app__bar">
        <h1 class="staff-app__title">{t('staff.title')}</h1>
        <div class="staff-app__tabs" role="tablist" aria-label={t('staff.sections')}>
          {SECTION_ORDER.map((id, index) => (
            <button
              key={id}
              id={`staff-tab-${id}`}
              type="button"
              role="tab"
              class="staff-app__tab"
              aria-selected={id === sectionId}
              aria-controls="staff-panel"
              tabIndex={id === sectionId ? 0 : -1}
              onClick={() => choose(id)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {t(SECTIONS[id].label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="staff-app__leave"
          data-action="back-to-kiosk"
          onClick={onLeave}
        >
          {t('staff.backToKiosk')}
        </button>
      </header>
      {/* The section is a tab panel inside the page's main landmark (a <main> may not be one). */}
      <main class="staff-app__panel">
        <div id="staff-panel" role="tabpanel" aria-labelledby={`staff-tab-${sectionId}`}>
          {failure ? (
            <div class="staff-app__failed">
              <p>{t('staff.viewFailed')}</p>
              <button type="button" onClick={retry}>
                {t('staff.retry')}
              </button>
            </div>
          ) : (
            <View key={sectionId} />
          )}
        </div>
      </main>
      <footer class="staff-app__foot">
        <p>{t('staff.autoLock', { minutes: AUTO_LOCK_MS / 60_000 })}</p>
      </footer>
    </div>
  );
}
