import { afterEach, describe, expect, it } from 'vitest';
import { forgetConnection, loadConnection, normaliseEndpoint, saveConnection } from './credentials';

const KEY = 'velkommen.coordinator';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the coordinator’s connection', () => {
  it('is kept for this tab only, unless asked to be remembered', () => {
    saveConnection({ endpoint: 'https://a.example', token: 'secret', remember: false });
    expect(sessionStorage.getItem(KEY)).toContain('secret');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(loadConnection()).toEqual({
      endpoint: 'https://a.example',
      token: 'secret',
      remember: false,
    });
  });

  it('is kept on this computer when remembered, and only there', () => {
    saveConnection({ endpoint: 'https://a.example', token: 'first', remember: false });
    saveConnection({ endpoint: 'https://a.example', token: 'secret', remember: true });
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(KEY)).toContain('secret');
    expect(loadConnection()).toEqual({
      endpoint: 'https://a.example',
      token: 'secret',
      remember: true,
    });
  });

  it('is forgotten everywhere on signing out', () => {
    saveConnection({ endpoint: 'https://a.example', token: 'secret', remember: true });
    forgetConnection();
    expect(loadConnection()).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('reads nothing from a damaged entry', () => {
    localStorage.setItem(KEY, '{"endpoint": 3}');
    sessionStorage.setItem(KEY, 'not json');
    expect(loadConnection()).toBeNull();
  });
});

describe('normaliseEndpoint', () => {
  it('uses the page’s own server when left blank', () => {
    expect(normaliseEndpoint('  ', 'https://centre.example')).toBe('https://centre.example');
  });

  it('takes an http(s) address without a trailing slash, and refuses anything else', () => {
    expect(normaliseEndpoint('https://velkommen.kommune.dk/', '')).toBe(
      'https://velkommen.kommune.dk',
    );
    expect(normaliseEndpoint('http://10.0.0.2:8080', '')).toBe('http://10.0.0.2:8080');
    expect(normaliseEndpoint('ftp://x.example', '')).toBeNull();
    expect(normaliseEndpoint('https://x.example/?token=1', '')).toBeNull();
    expect(normaliseEndpoint('velkommen', '')).toBeNull();
  });
});
