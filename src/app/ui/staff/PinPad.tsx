// A number pad for the staff PIN: large keys, the digits shown only as dots, and the physical
// keyboard working too. The pad keeps what is typed to itself and forgets it once handed on.
import { useEffect, useRef, useState } from 'preact/hooks';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../data/pin';
import { useI18n } from '../../i18n/I18n';
import './PinPad.css';
import '../visuallyHidden.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface PinPadMessage {
  text: string;
  /** A problem is shown with a warm edge; text says what it is, colour is never the only sign. */
  tone: 'info' | 'problem';
}

interface PinPadProps {
  title: string;
  hint?: string;
  message?: PinPadMessage | null;
  /** No typing while the PIN is being checked or tries are paused. */
  disabled?: boolean;
  onSubmit: (pin: string) => void;
}

export function PinPad({ title, hint, message, disabled = false, onSubmit }: PinPadProps) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const complete = pin.length >= PIN_MIN_LENGTH;

  const add = (digit: string) => {
    if (disabled) return;
    setPin((old) => (old.length < PIN_MAX_LENGTH ? old + digit : old));
  };
  const erase = () => setPin((old) => old.slice(0, -1));
  const submit = () => {
    if (disabled || pin.length < PIN_MIN_LENGTH) return;
    setPin('');
    onSubmit(pin);
  };

  // The keyboard handler reads the latest state through a ref, so it is attached only once.
  const keys = useRef({ add, erase, submit });
  keys.current = { add, erase, submit };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (/^\d$/.test(event.key)) keys.current.add(event.key);
      else if (event.key === 'Backspace') keys.current.erase();
      else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement))
        keys.current.submit();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section class="pin-pad" aria-labelledby="pin-pad-title">
      <h1 id="pin-pad-title" class="pin-pad__title">
        {title}
      </h1>
      {hint && <p class="pin-pad__hint">{hint}</p>}
      <div class="pin-pad__dots" role="status" aria-label={t('staff.pin.label')}>
        <span class="visually-hidden">{t('staff.pin.entered', { count: pin.length })}</span>
        {Array.from({ length: Math.max(PIN_MIN_LENGTH, pin.length) }, (_, i) => (
          <span
            key={i}
            aria-hidden="true"
            class={i < pin.length ? 'pin-pad__dot pin-pad__dot--filled' : 'pin-pad__dot'}
          />
        ))}
      </div>
      <p
        class={
          message?.tone === 'problem'
            ? 'pin-pad__message pin-pad__message--problem'
            : 'pin-pad__message'
        }
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
      {/* Digits stay in telephone order in every language. */}
      <div class="pin-pad__keys" dir="ltr">
        {DIGITS.map((digit) => (
          <button
            key={digit}
            type="button"
            class="pin-pad__key"
            disabled={disabled}
            onClick={() => add(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          class="pin-pad__key pin-pad__key--small"
          disabled={disabled || pin.length === 0}
          onClick={erase}
        >
          {t('staff.pin.erase')}
        </button>
        <button type="button" class="pin-pad__key" disabled={disabled} onClick={() => add('0')}>
          0
        </button>
        <button
          type="button"
          class="pin-pad__key pin-pad__key--ok"
          disabled={disabled || !complete}
          onClick={submit}
        >
          {t('staff.pin.ok')}
        </button>
      </div>
    </section>
  );
}
