// The centre's name as the coordinator writes it, kept on this computer (it is no secret), for the
// heading of the page and of the printed report, which goes into a grant report under that name.
const KEY = 'velkommen.coordinator.centreName';

/** Long enough for "Kvindecentret i ..." and a district, short enough for one printed line. */
export const MAX_COORDINATOR_CENTRE_NAME = 80;

export function loadCentreName(): string {
  try {
    const text = globalThis.localStorage?.getItem(KEY) ?? '';
    return text.slice(0, MAX_COORDINATOR_CENTRE_NAME);
  } catch {
    return '';
  }
}

export function saveCentreName(name: string): string {
  const kept = name.trim().slice(0, MAX_COORDINATOR_CENTRE_NAME);
  try {
    globalThis.localStorage?.setItem(KEY, kept);
  } catch {
    // Not kept; the page still shows it until it is closed.
  }
  return kept;
}
