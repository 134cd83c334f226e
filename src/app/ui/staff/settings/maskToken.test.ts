import { describe, expect, it } from 'vitest';
import { maskToken } from './maskToken';

describe('maskToken', () => {
  it('shows only the last four characters of a server token', () => {
    const token = 'q2Vd1m0Wm8rQ8w2Zc3b4XyZ5k6L7m8N9p0Q1r2S3t4U';
    expect(maskToken(token)).toBe('••••••••3t4U');
  });

  it('shows nothing of a short token', () => {
    expect(maskToken('abc123')).toBe('••••••••');
  });
});
