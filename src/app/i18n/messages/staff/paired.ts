// What the tablet says, to whoever opened a pairing link on it, when the link has paired it. Shown
// on the kiosk itself, so it comes with the first screen, like the corner mark's name (entry.ts).
import type { StaffLanguageCode } from '../../languages/languages';

interface PairedTexts {
  /** {server} is the server's address. */
  paired: string;
  ok: string;
}

export const PAIRED_TEXTS: Record<StaffLanguageCode, PairedTexts> = {
  da: {
    paired: 'Tabletten er parret med {server}. Besøgene sendes nu dertil.',
    ok: 'OK',
  },
  en: {
    paired: 'This tablet is paired with {server}. Its visits are now sent there.',
    ok: 'OK',
  },
  ar: {
    paired: 'تم إقران الجهاز اللوحي مع {server}. تُرسَل الزيارات إليه الآن.',
    ok: 'حسنًا',
  },
};
