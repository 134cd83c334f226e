// Where each country's flag is: an SVG file of its own (the build never inlines SVG), at a path
// that follows from the code (vite.config.ts copies flag-icons' flags there and fails the build if
// a country has none, so Palestine and Kosovo are always there). The service worker precaches them
// for offline use, an <img> loads only the few on screen, and no table of file names ships.
import { isCountryCode } from '../../../shared/countries';

const folder: unknown = import.meta.env.VITE_FLAGS_PATH;
const FLAGS = `${import.meta.env.BASE_URL}${typeof folder === 'string' ? folder : 'flags/'}`;

export function flagUrl(code: string): string | undefined {
  const upper = code.toUpperCase();
  return isCountryCode(upper) ? `${FLAGS}${upper.toLowerCase()}.svg` : undefined;
}
