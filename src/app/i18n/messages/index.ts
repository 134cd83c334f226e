// Every language's strings in one place: the kiosk's in all twelve languages, the staff screens' in
// Danish, English and Arabic, for checks that need them all at once (the fonts test). The app itself
// loads them one by one through catalog.ts. The records are typed by language code, so a language
// without its file, or a file without a key, fails the type check.
import type { LanguageCode, StaffLanguageCode } from '../languages/languages';
import { ar } from './ar';
import { ckb } from './ckb';
import { da } from './da';
import type { KioskMessages } from './da';
import { en } from './en';
import { fa } from './fa';
import { kmr } from './kmr';
import { prs } from './prs';
import { so } from './so';
import { staffAr } from './staff/ar';
import type { StaffMessages } from './staff/da';
import { staffDa } from './staff/da';
import { staffEn } from './staff/en';
import { ti } from './ti';
import { tr } from './tr';
import { uk } from './uk';
import { ur } from './ur';

export const KIOSK_MESSAGES: Record<LanguageCode, KioskMessages> = {
  da,
  en,
  ar,
  tr,
  fa,
  prs,
  ur,
  so,
  uk,
  ti,
  ckb,
  kmr,
};

export const STAFF_MESSAGES: Record<StaffLanguageCode, StaffMessages> = {
  da: staffDa,
  en: staffEn,
  ar: staffAr,
};
