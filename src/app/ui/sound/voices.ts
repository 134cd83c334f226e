// Which of the browser's voices can say a kiosk language. Voices name their language with a BCP 47
// tag ('ar-SA', sometimes 'ar_SA'); a voice fits when its primary language is the kiosk's. A voice
// on the tablet itself is preferred, because a network voice falls silent when the Wi-Fi goes.

/** The parts of a SpeechSynthesisVoice this choice needs. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

// Where a voice for the language is usually tagged otherwise: Kurmanji as plain Kurdish, Dari as
// the Persian of Afghanistan.
const ALSO_TAGGED: Readonly<Record<string, readonly string[]>> = {
  kmr: ['ku'],
  prs: ['fa-af'],
};

const normalise = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');

function speaks(voiceLang: string, tag: string): boolean {
  const lang = normalise(voiceLang);
  return lang === tag || lang.startsWith(`${tag}-`);
}

/** The voice to say `language` with, or undefined when the browser has none for it. */
export function voiceFor<V extends VoiceLike>(
  voices: readonly V[],
  language: string,
): V | undefined {
  const tag = normalise(language);
  const tags = [tag, ...(ALSO_TAGGED[tag] ?? [])];
  const fitting = voices.filter((voice) => tags.some((t) => speaks(voice.lang, t)));
  return (
    fitting.find((voice) => voice.localService && voice.default) ??
    fitting.find((voice) => voice.localService) ??
    fitting.find((voice) => voice.default) ??
    fitting[0]
  );
}
