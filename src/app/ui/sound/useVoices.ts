// The browser's speech voices, followed as they change: Chromium lists them only some time after
// the page loads, and a voice pack installed on the tablet may add some later.
import { useEffect, useState } from 'preact/hooks';

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

export function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(
    () => synthesis()?.getVoices() ?? [],
  );
  useEffect(() => {
    const synth = synthesis();
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}
