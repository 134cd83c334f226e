// What the kiosk is for, in pictures and a few short lines: three questions, no name, every
// answer up to her. Opened from "help" on any screen; closing it returns to the same question.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { Anonymous } from '../pictograms/Anonymous';
import { Check } from '../pictograms/Check';
import { Child } from '../pictograms/Child';
import { Globe } from '../pictograms/Globe';
import { Help } from '../pictograms/Help';
import { MapMore } from '../pictograms/MapMore';
import { PreferNot } from '../pictograms/PreferNot';
import { Woman } from '../pictograms/Woman';
import { SpeakButton } from '../sound/SpeakButton';
import './HelpDialog.css';

interface HelpDialogProps {
  onClose: () => void;
}

export function HelpDialog({ onClose }: HelpDialogProps) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    close.current?.focus();
  }, []);

  return (
    <div class="kiosk-backdrop help-dialog">
      <div
        class="help-dialog__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <div class="help-dialog__head">
          <Help class="help-dialog__picture" />
          <h2 id="help-title" class="help-dialog__title">
            {t('help.title')}
          </h2>
          <SpeakButton prompt="help" />
        </div>
        <p class="help-dialog__text">{t('help.body')}</p>
        <ol class="help-dialog__questions">
          <li>
            <Globe />
            <span>{t('question.country')}</span>
          </li>
          <li>
            <MapMore />
            <span>{t('question.municipality')}</span>
          </li>
          <li>
            <span class="help-dialog__people">
              <Woman />
              <Child />
            </span>
            <span>{t('question.party')}</span>
          </li>
        </ol>
        <p class="help-dialog__text help-dialog__line">
          <Anonymous />
          <span>{t('help.anonymous')}</span>
        </p>
        <p class="help-dialog__text help-dialog__line">
          <PreferNot />
          <span>{t('help.voluntary', { skip: t('choice.skip') })}</span>
        </p>
        <button
          ref={close}
          type="button"
          class="help-dialog__close"
          data-action="close-help"
          onClick={onClose}
        >
          <Check />
          <span>{t('help.close')}</span>
        </button>
      </div>
    </div>
  );
}
