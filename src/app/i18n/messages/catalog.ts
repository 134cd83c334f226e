// The message tables as the app loads them: every language is a chunk of its own, fetched when the
// kiosk turns to it or, in the background, once the first screen is up. Danish (the default, and
// what stands in for a language that cannot be fetched) is asked for as the app starts, beside the
// settings that say which language the first screen is in. Staff strings load with the staff screens.
// A table once loaded stays: the tables never change while the app runs, so this cache is safe to
// share, and a language the kiosk has spoken once switches back at once.
import type { MessageParams } from '../fill';
import type { LanguageCode, StaffLanguageCode } from '../languages/languages';
import type { LocaleNumbers } from '../numbers';
import { LANGUAGES, STAFF_LANGUAGES, staffLanguage } from '../languages/languages';
import type { KioskMessages } from './da';
import type { StaffMessages } from './staff/da';

type Loaders<Code extends string, Table> = Record<Code, () => Promise<Table>>;

const KIOSK_LOADERS: Loaders<LanguageCode, KioskMessages> = {
  da: () => import('./da').then((m) => m.da),
  en: () => import('./en').then((m) => m.en),
  ar: () => import('./ar').then((m) => m.ar),
  tr: () => import('./tr').then((m) => m.tr),
  fa: () => import('./fa').then((m) => m.fa),
  prs: () => import('./prs').then((m) => m.prs),
  ur: () => import('./ur').then((m) => m.ur),
  so: () => import('./so').then((m) => m.so),
  uk: () => import('./uk').then((m) => m.uk),
  ti: () => import('./ti').then((m) => m.ti),
  ckb: () => import('./ckb').then((m) => m.ckb),
  kmr: () => import('./kmr').then((m) => m.kmr),
};

const STAFF_LOADERS: Loaders<StaffLanguageCode, StaffMessages> = {
  da: () => import('./staff/da').then((m) => m.staffDa),
  en: () => import('./staff/en').then((m) => m.staffEn),
  ar: () => import('./staff/ar').then((m) => m.staffAr),
};

/** Fills a message's placeholders, plural forms too (interpolate.ts). */
export type Interpolate = (
  template: string,
  params: MessageParams | undefined,
  numbers: LocaleNumbers,
) => string;

// The staff strings count with plural forms, the kiosk's have none: what reads them comes with
// them.
const loadInterpolate = () => import('../interpolate').then((m) => m.interpolate);

export interface MessageCatalog {
  kiosk: (code: LanguageCode) => KioskMessages | undefined;
  staff: (code: StaffLanguageCode) => StaffMessages | undefined;
  /** What fills the staff strings, once they have loaded. */
  staffInterpolate: () => Interpolate | undefined;
  /**
   * Whether `code` can be shown now: its kiosk table, and with `withStaff` its staff table too (and
   * what fills it).
   */
  ready: (code: LanguageCode, withStaff: boolean) => boolean;
  /** Loads what `ready` needs; rejects when a chunk cannot be fetched. */
  load: (code: LanguageCode, withStaff: boolean) => Promise<void>;
  /** Every kiosk table (and staff table), for after the first screen: a switch then never waits. */
  loadAll: (withStaff: boolean) => Promise<void>;
}

export function createMessageCatalog(
  kioskLoaders: Partial<Loaders<LanguageCode, KioskMessages>> = KIOSK_LOADERS,
  staffLoaders: Partial<Loaders<StaffLanguageCode, StaffMessages>> = STAFF_LOADERS,
  interpolateLoader: () => Promise<Interpolate> = loadInterpolate,
): MessageCatalog {
  const kiosk = new Map<LanguageCode, KioskMessages>();
  const staff = new Map<StaffLanguageCode, StaffMessages>();
  const interpolators = new Map<'staff', Interpolate>();
  // One fetch per table, however many callers wait for it; a failed one may be tried again.
  const pending = new Map<string, Promise<void>>();

  function once<Code extends string, Table>(
    key: string,
    loaded: Map<Code, Table>,
    code: Code,
    loader: (() => Promise<Table>) | undefined,
  ): Promise<void> {
    if (loaded.has(code)) return Promise.resolve();
    if (!loader) return Promise.reject(new Error(`No messages for ${key}.`));
    let job = pending.get(key);
    if (!job) {
      job = loader().then(
        (table) => {
          loaded.set(code, table);
          pending.delete(key);
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, job);
    }
    return job;
  }

  const ready = (code: LanguageCode, withStaff: boolean) =>
    kiosk.has(code) &&
    (!withStaff || (staff.has(staffLanguage(code)) && interpolators.has('staff')));

  const load = async (code: LanguageCode, withStaff: boolean) => {
    const staffCode = staffLanguage(code);
    await Promise.all([
      once(`kiosk:${code}`, kiosk, code, kioskLoaders[code]),
      withStaff
        ? once(`staff:${staffCode}`, staff, staffCode, staffLoaders[staffCode])
        : Promise.resolve(),
      withStaff
        ? once('interpolate', interpolators, 'staff', interpolateLoader)
        : Promise.resolve(),
    ]);
  };

  return {
    kiosk: (code) => kiosk.get(code),
    staff: (code) => staff.get(code),
    staffInterpolate: () => interpolators.get('staff'),
    ready,
    load,
    loadAll: async (withStaff) => {
      await Promise.all([
        ...LANGUAGES.map((language) => load(language.code, false)),
        ...(withStaff ? STAFF_LANGUAGES.map((code) => load(code, true)) : []),
      ]);
    },
  };
}

/** The app's one catalog: every provider reads the same loaded tables. */
export const messageCatalog = createMessageCatalog();
