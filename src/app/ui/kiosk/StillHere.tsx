// The gentle question after a minute without a touch. It waits quietly for 20 seconds, with no
// numbers counting down, then the kiosk starts over (nothing unfinished is saved). Any touch on
// it, or the big button, means she is still here.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { JustMe } from '../pictograms/JustMe';
import './StillHere.css';

const STILL_HERE_MS = 20_000;

interface StillHereProps {
  onStay: () => void;
  onTimeout: () => void;
}

export function StillHere({ onStay, onTimeout }: StillHereProps) {
  const { t } = useI18n();
  const stay = useRef<HTMLButtonElement>(null);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;

  useEffect(() => {
    stay.current?.focus();
    const timer = setTimeout(() => timeout.current(), STILL_HERE_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div class="kiosk-backdrop still-here" onClick={onStay}>
      <div
        class="still-here__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="still-here-title"
        onKeyDown={(event) => event.key === 'Escape' && onStay()}
      >
        <h2 id="still-here-title" class="still-here__title">
          {t('idle.title')}
        </h2>
        <button
          ref={stay}
          type="button"
          class="still-here__stay"
          data-action="stay"
          onClick={(event) => {
            // The backdrop would call onStay a second time.
            event.stopPropagation();
            onStay();
          }}
        >
          <JustMe />
          <span>{t('idle.stay')}</span>
        </button>
      </div>
    </div>
  );
}
