// Between the kiosk and the staff view: the PIN is chosen (and typed twice) on first use and asked
// for every time after. Wrong tries and pauses are kept by pin.ts, so this screen only says what
// happened. Left untouched it goes back to the kiosk, so a forgotten PIN pad never blocks a woman.
import { useEffect, useState } from 'preact/hooks';
import {
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  hasPin,
  pinPausedUntil,
  setPin,
  verifyPin,
} from '../../data/pin';
import { useI18n } from '../../i18n/I18n';
import type { PinPadMessage } from './PinPad';
import { PinPad } from './PinPad';
import { useAutoLock } from './useAutoLock';
import './StaffGate.css';

export const GATE_IDLE_MS = 60_000;

type Phase =
  { name: 'loading' } | { name: 'choose' } | { name: 'confirm'; first: string } | { name: 'enter' };

interface StaffGateProps {
  onUnlock: () => void;
  onCancel: () => void;
}

export function StaffGate({ onUnlock, onCancel }: StaffGateProps) {
  const { t, lang } = useI18n();
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [busy, setBusy] = useState(false);
  const [pausedUntil, setPausedUntil] = useState<number | null>(null);
  const [message, setMessage] = useState<PinPadMessage | null>(null);

  useAutoLock(GATE_IDLE_MS, onCancel);

  useEffect(() => {
    let current = true;
    Promise.all([hasPin(), pinPausedUntil()]).then(
      ([set, paused]) => {
        if (!current) return;
        setPhase(set ? { name: 'enter' } : { name: 'choose' });
        setPausedUntil(paused);
      },
      (error: unknown) => {
        console.error('The staff PIN could not be read.', error);
        if (current) setMessage({ text: t('staff.gate.failed'), tone: 'problem' });
      },
    );
    return () => {
      current = false;
    };
    // Read once when the gate opens; the language does not change what is stored.
  }, []);

  // The pad opens again by itself when the pause is over.
  useEffect(() => {
    if (pausedUntil === null) return;
    const timer = setTimeout(
      () => {
        setPausedUntil(null);
        setMessage(null);
      },
      Math.max(0, pausedUntil - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [pausedUntil]);

  const pausedMessage = (until: number): PinPadMessage => ({
    text: t('staff.gate.paused', {
      time: new Intl.DateTimeFormat(lang, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }).format(until),
    }),
    tone: 'problem',
  });

  const failed = (error: unknown) => {
    console.error('The staff PIN could not be saved or checked.', error);
    setMessage({ text: t('staff.gate.failed'), tone: 'problem' });
  };

  const submit = async (pin: string) => {
    if (busy) return;
    if (phase.name === 'choose') {
      setMessage(null);
      setPhase({ name: 'confirm', first: pin });
      return;
    }
    if (phase.name === 'confirm') {
      if (pin !== phase.first) {
        setMessage({ text: t('staff.gate.mismatch'), tone: 'problem' });
        setPhase({ name: 'choose' });
        return;
      }
      setBusy(true);
      setMessage({ text: t('staff.gate.checking'), tone: 'info' });
      try {
        await setPin(pin);
        onUnlock();
      } catch (error) {
        failed(error);
        setPhase({ name: 'choose' });
      } finally {
        setBusy(false);
      }
      return;
    }
    if (phase.name !== 'enter') return;
    setBusy(true);
    setMessage({ text: t('staff.gate.checking'), tone: 'info' });
    try {
      const result = await verifyPin(pin);
      if (result.ok) {
        onUnlock();
      } else if (result.retryAt !== undefined) {
        setPausedUntil(result.retryAt);
      } else {
        setMessage({ text: t('staff.gate.wrong'), tone: 'problem' });
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const pad = (() => {
    switch (phase.name) {
      case 'loading':
        return message && <p class="staff-gate__problem">{message.text}</p>;
      case 'choose':
        return (
          <PinPad
            key="choose"
            title={t('staff.gate.setTitle')}
            hint={t('staff.gate.setHint', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}
            message={message}
            disabled={busy}
            onSubmit={(pin) => void submit(pin)}
          />
        );
      case 'confirm':
        return (
          <PinPad
            key="confirm"
            title={t('staff.gate.confirmTitle')}
            message={message}
            disabled={busy}
            onSubmit={(pin) => void submit(pin)}
          />
        );
      case 'enter':
        return (
          <PinPad
            key="enter"
            title={t('staff.gate.enterTitle')}
            message={pausedUntil !== null ? pausedMessage(pausedUntil) : message}
            disabled={busy || pausedUntil !== null}
            onSubmit={(pin) => void submit(pin)}
          />
        );
    }
  })();

  return (
    <div class="staff-gate">
      <div class="staff-gate__bar">
        <button
          type="button"
          class="staff-gate__leave"
          data-action="back-to-kiosk"
          onClick={onCancel}
        >
          {t('staff.backToKiosk')}
        </button>
      </div>
      <main class="staff-gate__main">{pad}</main>
    </div>
  );
}
