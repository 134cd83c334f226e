// A moment from the server (ISO 8601) as the coordinator reads it: date and time in the page's
// language, at the centre's clock (as the page's periods are), whatever zone this computer is in.
import { CENTRE_TIME_ZONE } from '../../../shared/time';

export function formatWhen(iso: string, lang: string): string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return iso;
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CENTRE_TIME_ZONE,
  }).format(at);
}
