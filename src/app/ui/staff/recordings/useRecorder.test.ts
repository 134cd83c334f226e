import { describe, expect, it } from 'vitest';
import { preferredMime } from './useRecorder';

describe('preferredMime', () => {
  it('takes Opus where the browser records it, MP4 where only that works, else leaves it', () => {
    expect(preferredMime(() => true)).toBe('audio/webm;codecs=opus');
    expect(preferredMime((mime) => mime === 'audio/mp4')).toBe('audio/mp4');
    expect(preferredMime(() => false)).toBeUndefined();
    expect(
      preferredMime(() => {
        throw new Error('not supported');
      }),
    ).toBeUndefined();
  });
});
