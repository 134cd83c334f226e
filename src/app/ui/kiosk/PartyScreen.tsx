// "Who is here today?": one tap for a woman on her own, or the woman (or no adult: a child may
// come alone) plus children counted with large + and −. The pictures show the count as well as
// the digit, so nobody has to read to check it. Where the centre shows women both with and without
// a headscarf, "just me" and "me and children" show one each (slots 0 and 1).
// The speaker reads every button in turn, marking each (by its data-action) while it is heard.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { Child } from '../pictograms/Child';
import { Forward } from '../pictograms/Forward';
import { JustMe } from '../pictograms/JustMe';
import { Minus } from '../pictograms/Minus';
import { Plus } from '../pictograms/Plus';
import { Woman } from '../pictograms/Woman';
import type { Script } from '../sound/readAloudStore';
import { readingAttribute, useReadingMark, useScreenScript } from '../sound/ReadAloud';
import './PartyScreen.css';

export interface Party {
  adult: boolean;
  children: number;
}

/** More than any family at the door; keeps a stuck finger from counting to hundreds. */
export const MAX_CHILDREN = 20;
/** Beyond this many child pictures the digit speaks for the rest. */
const MAX_PICTURES = 10;

// The order the speaker reads them in: "one more child" before "one less", as she would need them.
const SCRIPT: Script = [
  { item: 'party' },
  { item: 'choice.justMe', mark: 'just-me' },
  { item: 'choice.meAndChildren', mark: 'me-and-children' },
  { item: 'party.withMe', mark: 'with-me' },
  { item: 'choice.childAlone', mark: 'child-alone' },
  { item: 'party.addChild', mark: 'add-child' },
  { item: 'party.removeChild', mark: 'remove-child' },
  { item: 'party.next', mark: 'next' },
];

interface PartyScreenProps {
  onChoose: (party: Party) => void;
  /** The earlier answer when changing it from the summary. */
  initial?: Party;
}

export function PartyScreen({ onChoose, initial }: PartyScreenProps) {
  const { t } = useI18n();
  const [adult, setAdult] = useState(initial?.adult ?? true);
  const [children, setChildren] = useState(initial?.children ?? 0);
  const pictures = Math.min(children, MAX_PICTURES);
  useScreenScript(SCRIPT);
  const reading = useReadingMark();
  const marked = (mark: string) => readingAttribute(reading, mark);

  return (
    <section class="party-screen" aria-labelledby="party-question">
      <h1 id="party-question" class="party-screen__question">
        {t('question.party')}
      </h1>
      <div class="party-screen__choices">
        <button
          type="button"
          class="party-screen__just-me"
          data-action="just-me"
          data-reading={marked('just-me')}
          onClick={() => onChoose({ adult: true, children: 0 })}
        >
          <JustMe />
          <span>{t('choice.justMe')}</span>
        </button>

        <div
          class="party-screen__group"
          role="group"
          aria-labelledby="party-with-children"
          data-reading={marked('me-and-children')}
        >
          <h2 id="party-with-children" class="party-screen__group-title">
            {t('choice.meAndChildren')}
          </h2>
          <div class="party-screen__who">
            <button
              type="button"
              class="party-screen__toggle"
              data-action="with-me"
              data-reading={marked('with-me')}
              aria-pressed={adult}
              onClick={() => setAdult(true)}
            >
              <span class="party-screen__toggle-pictures">
                <Woman slot={1} />
                <Child />
              </span>
              <span>{t('party.withMe')}</span>
            </button>
            <button
              type="button"
              class="party-screen__toggle"
              data-action="child-alone"
              data-reading={marked('child-alone')}
              aria-pressed={!adult}
              onClick={() => setAdult(false)}
            >
              <span class="party-screen__toggle-pictures">
                <Child />
              </span>
              <span>{t('choice.childAlone')}</span>
            </button>
          </div>

          <div class="party-screen__counter">
            <button
              type="button"
              class="party-screen__step"
              data-action="remove-child"
              data-reading={marked('remove-child')}
              disabled={children === 0}
              onClick={() => setChildren((n) => Math.max(0, n - 1))}
            >
              <Minus />
              <span>{t('party.removeChild')}</span>
            </button>
            <output class="party-screen__count" aria-live="polite">
              <span class="party-screen__pictures">
                {adult && <Woman slot={1} class="party-screen__woman" />}
                {Array.from({ length: pictures }, (_, i) => (
                  <Child key={i} />
                ))}
              </span>
              <span class="party-screen__count-text">
                {t('party.childrenCount', { count: children })}
              </span>
            </output>
            <button
              type="button"
              class="party-screen__step"
              data-action="add-child"
              data-reading={marked('add-child')}
              disabled={children >= MAX_CHILDREN}
              onClick={() => setChildren((n) => Math.min(MAX_CHILDREN, n + 1))}
            >
              <Plus />
              <span>{t('party.addChild')}</span>
            </button>
          </div>

          <button
            type="button"
            class="party-screen__next"
            data-action="next"
            data-reading={marked('next')}
            disabled={children < 1}
            onClick={() => onChoose({ adult, children })}
          >
            <span>{t('party.next')}</span>
            <Forward />
          </button>
        </div>
      </div>
    </section>
  );
}
