// The thank-you after saving: a warm picture for a few seconds, then back to the start on its
// own. "Undo" is there for a mistap; after it a short line says it is undone, then the start.
// No countdown is shown: the screen should feel like a goodbye, not a timer. A volunteer is
// thanked for her help rather than for coming. While the speaker reads the thanks and the undo
// button, the screen waits: it goes back to the start a few seconds after the reading ends.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VisitKind } from '../../../shared/visit';
import { useI18n } from '../../i18n/I18n';
import { ThankYou } from '../pictograms/ThankYou';
import { Undo } from '../pictograms/Undo';
import type { Script } from '../sound/readAloudStore';
import { readingAttribute, useReading, useScreenScript } from '../sound/ReadAloud';
import './ThanksScreen.css';

const THANKS_MS = 6000;
const UNDONE_MS = 2500;

const THANKS_SCRIPT: Script = [{ item: 'thanks' }, { item: 'thanks.undo', mark: 'undo' }];
const UNDONE_SCRIPT: Script = [{ item: 'thanks' }];

interface ThanksScreenProps {
  /** May return the undo; the screen waits for it before saying it is undone. */
  onUndo: () => unknown;
  onDone: () => void;
  /** Whom to thank: a woman for her visit (the default), or a volunteer for her day's help. */
  kind?: VisitKind;
}

export function ThanksScreen({ onUndo, onDone, kind = 'visitor' }: ThanksScreenProps) {
  const { t } = useI18n();
  const [stage, setStage] = useState<'thanks' | 'undoing' | 'undone'>('thanks');
  // The parent may hand a new function on every render; the timer must not restart for it.
  const done = useRef(onDone);
  done.current = onDone;
  useScreenScript(stage === 'undone' ? UNDONE_SCRIPT : THANKS_SCRIPT);
  const reading = useReading();
  const listening = reading !== null;

  useEffect(() => {
    if (stage === 'undoing' || listening) return;
    const timer = setTimeout(() => done.current(), stage === 'thanks' ? THANKS_MS : UNDONE_MS);
    return () => clearTimeout(timer);
  }, [stage, listening]);

  const undo = async () => {
    if (stage !== 'thanks') return;
    setStage('undoing');
    try {
      await onUndo();
      setStage('undone');
    } catch {
      // Not undone: never say it was. The button comes back for another try.
      setStage('thanks');
    }
  };

  return (
    <section class="thanks-screen" aria-labelledby="thanks-title">
      <ThankYou class="thanks-screen__picture" />
      <h1 id="thanks-title" class="thanks-screen__title">
        {t(kind === 'volunteer' ? 'volunteer.thanksTitle' : 'thanks.title')}
      </h1>
      {stage === 'undone' ? (
        <p class="thanks-screen__text" role="status">
          {t('thanks.undone')}
        </p>
      ) : (
        <>
          <p class="thanks-screen__text">
            {t(kind === 'volunteer' ? 'volunteer.thanksText' : 'thanks.visitor')}
          </p>
          <button
            type="button"
            class="thanks-screen__undo"
            data-action="undo"
            data-reading={readingAttribute(reading?.mark ?? null, 'undo')}
            disabled={stage === 'undoing'}
            onClick={() => void undo()}
          >
            <Undo />
            <span>{t('thanks.undo')}</span>
          </button>
        </>
      )}
    </section>
  );
}
