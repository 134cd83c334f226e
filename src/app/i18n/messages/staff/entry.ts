// The one staff string the kiosk itself shows: the name of the corner mark that leads to the PIN
// pad. It comes with the first screen; the staff tables load only with the staff screens.
import type { StaffLanguageCode } from '../../languages/languages';

export const STAFF_ENTRY: Record<StaffLanguageCode, string> = {
  da: 'Personale',
  en: 'Staff',
  ar: 'الموظفات',
};
