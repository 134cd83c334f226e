// Where each flag's SVG file is, keyed by upper-case country code. The flags stay files of their
// own (the build never inlines SVG): the service worker precaches them for offline use, and an
// <img> loads only the few on screen instead of the bundle carrying all of them.
// Palestine and Kosovo are also imported by name: a flag set without them fails the build here,
// instead of a woman from there finding no flag of her own.
import 'flag-icons/flags/4x3/ps.svg?url';
import 'flag-icons/flags/4x3/xk.svg?url';

const files = import.meta.glob<string>('/node_modules/flag-icons/flags/4x3/??.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const FLAG_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, url]) => [
    (path.split('/').pop() ?? '').replace('.svg', '').toUpperCase(),
    url,
  ]),
);

export function flagUrl(code: string): string | undefined {
  return FLAG_URLS.get(code.toUpperCase());
}
