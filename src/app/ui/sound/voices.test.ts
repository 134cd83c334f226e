import { describe, expect, it } from 'vitest';
import type { VoiceLike } from './voices';
import { voiceFor } from './voices';

const voice = (lang: string, patch: Partial<VoiceLike> = {}) => ({
  lang,
  localService: true,
  default: false,
  ...patch,
});

describe('voiceFor', () => {
  it('finds a voice whose primary language is the kiosk language', () => {
    const voices = [voice('da-DK'), voice('ar-SA'), voice('en-GB')];
    expect(voiceFor(voices, 'ar')?.lang).toBe('ar-SA');
    expect(voiceFor(voices, 'da')?.lang).toBe('da-DK');
  });

  it('reads tags written with an underscore or in another case', () => {
    expect(voiceFor([voice('AR_eg')], 'ar')?.lang).toBe('AR_eg');
  });

  it('never takes a language that only begins with the same letters', () => {
    // 'ti' (Tigrinya) is not 'tig' (Tigre); 'so' is not 'sk'.
    expect(voiceFor([voice('tig-ER'), voice('sk-SK')], 'ti')).toBeUndefined();
    expect(voiceFor([voice('sk-SK')], 'so')).toBeUndefined();
  });

  it('has none when the browser has no voice for the language', () => {
    expect(voiceFor([voice('da-DK'), voice('en-US')], 'ti')).toBeUndefined();
    expect(voiceFor([], 'da')).toBeUndefined();
  });

  it('prefers a voice on the tablet to one over the network', () => {
    const online = voice('ar-SA', { localService: false, default: true });
    const local = voice('ar-EG');
    expect(voiceFor([online, local], 'ar')).toBe(local);
    expect(voiceFor([online], 'ar')).toBe(online);
  });

  it('knows where Kurmanji and Dari voices are usually tagged', () => {
    expect(voiceFor([voice('ku-TR')], 'kmr')?.lang).toBe('ku-TR');
    expect(voiceFor([voice('fa-IR'), voice('fa-AF')], 'prs')?.lang).toBe('fa-AF');
  });
});
