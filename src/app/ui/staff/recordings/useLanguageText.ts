// The kiosk's words in a language other than the staff's: what an interpreter reads aloud must be
// the very text a woman sees in her language, while the staff view around it stays in the staff's
// own. A second I18n for that language, made from the same message catalog the kiosk loads from;
// it never touches <html lang>, which belongs to the staff view.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createI18n } from '../../../i18n/I18n';
import type { I18n } from '../../../i18n/I18n';
import { languageByCode } from '../../../i18n/languages/languages';
import type { LanguageCode } from '../../../i18n/languages/languages';
import { messageCatalog } from '../../../i18n/messages/catalog';
import { loadShippedNames, needsShippedNames } from '../../../i18n/names/shipped';
import type { SoundItem } from '../../../data/soundItems';
import { itemText } from '../../sound/itemText';
import type { Words } from './ItemRecorder';

/** What itemText needs to say an item in one language. */
export type LanguageText = Pick<I18n, 't' | 'countryName' | 'lang' | 'dir'>;

/** `language`'s text, or null while its table loads, or 'failed' when it could not be had. */
export type LanguageTextState = LanguageText | null | 'failed';

const stay = () => undefined;

export function useLanguageText(code: LanguageCode): LanguageTextState {
  // Mostly there already (the kiosk loads every table once its first screen is up): no wait then.
  const ready = useMemo(
    () =>
      messageCatalog.ready(code, false) && !needsShippedNames(languageByCode(code))
        ? createI18n(code, stay)
        : null,
    [code],
  );
  const [loaded, setLoaded] = useState<{ code: LanguageCode; text: LanguageTextState } | null>(
    null,
  );

  useEffect(() => {
    if (ready) return;
    let current = true;
    const language = languageByCode(code);
    void Promise.all([
      messageCatalog.load(code, false),
      needsShippedNames(language) ? loadShippedNames(language.code) : undefined,
    ]).then(
      ([, names]) => {
        if (current) setLoaded({ code, text: createI18n(code, stay, names) });
      },
      (error: unknown) => {
        // Never the Danish stand-in createI18n would give: it would be read aloud as this language.
        console.error(`The text in ${code} did not load.`, error);
        if (current) setLoaded({ code, text: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [code, ready]);

  if (ready) return ready;
  return loaded?.code === code ? loaded.text : null;
}

/** What to say for `item` in the language `text` speaks, as ItemRecorder shows it. */
export function wordsOf(item: SoundItem, text: LanguageTextState): Words | null | 'failed' {
  if (text === null || text === 'failed') return text;
  return { text: itemText(item, text), lang: text.lang, dir: text.dir };
}
