// Danish is the source of the kiosk's own strings: what a woman at the door reads, short and warm.
// Every other language's file is typed `KioskMessages`, so a key missing there fails the type
// check. The staff and coordinator screens' strings live in staff/ (Danish, English, Arabic).
import type { StaffKey } from './staff/da';

export const da = {
  'question.country': 'Hvor kommer du fra?',
  'question.municipality': 'Hvor bor du?',
  'question.party': 'Hvem er her i dag?',
  'question.summary': 'Er det rigtigt?',

  'choice.moreCountries': 'Et andet land',
  'choice.moreMunicipalities': 'En anden kommune',
  'choice.skip': 'Jeg vil helst ikke sige det',
  'choice.justMe': 'Kun mig',
  'choice.meAndChildren': 'Mig og børn',
  'choice.childAlone': 'Kun børn',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'Vest- og Centralafrika',
  'region.eastAfrica': 'Øst- og Sydafrika',
  'region.middleEast': 'Mellemøsten og Nordafrika',
  'region.asia': 'Asien',
  'region.northWestEurope': 'Nord- og Vesteuropa',
  'region.southEastEurope': 'Øst- og Sydeuropa',
  'region.northAmerica': 'Nordamerika',
  'region.southAmerica': 'Sydamerika',
  'region.oceania': 'Oceanien',

  'party.withMe': 'Jeg er med',
  'party.addChild': 'Et barn mere',
  'party.removeChild': 'Et barn mindre',
  'party.next': 'Videre',
  'party.childrenCount': 'Børn: {count}',

  'summary.confirm': 'Gem',
  'summary.change': 'Skift {what}',
  'summary.country': 'land: {name}',
  'summary.municipality': 'kommune: {name}',
  'summary.party': 'hvem der er her: {party}',
  'summary.notSaid': 'Ikke sagt',
  'summary.withChildren': 'Mig og børn: {count}',
  'summary.childrenAlone': 'Kun børn: {count}',
  'summary.saveFailed': 'Det blev ikke gemt. Prøv igen.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'Det blev ikke gemt. Hent venligst en medarbejder.',
  'kiosk.care.trouble.title': 'Hent venligst en medarbejder',
  'kiosk.care.trouble.body': 'Tabletten kan ikke gemme lige nu. En medarbejder kan hjælpe.',
  'kiosk.care.trouble.retry': 'Prøv igen',

  'thanks.title': 'Tak fordi du kom',
  'thanks.visitor': 'Hvor er det godt at se dig i dag.',
  'thanks.undo': 'Fortryd',
  'thanks.undone': 'Det er fortrudt.',

  'nav.startOver': 'Start forfra',
  'nav.help': 'Hjælp',
  'nav.back': 'Tilbage',
  'nav.previousPage': 'Forrige side',
  'nav.nextPage': 'Næste side',
  'nav.page': 'Side {page} af {pages}',
  'nav.language': 'Sprog',

  'help.title': 'Sådan virker det',
  'help.body': 'Vi spørger om tre ting:',
  'help.anonymous': 'Vi spørger aldrig om dit navn.',
  'help.voluntary': 'Du bestemmer selv, hvad du svarer. Du kan altid vælge »{skip}«.',
  'help.close': 'Luk',

  'idle.title': 'Er du her stadig?',
  'idle.stay': 'Ja, jeg er her',

  'language.choose': 'Vælg sprog',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'Jeg er frivillig her',
  'volunteer.thanksTitle': 'Tak for din indsats i dag',
  'volunteer.thanksText': 'Din dag som frivillig er talt med.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'Hør spørgsmålet',
  'sound.listen': 'Lyt',
};

export type KioskKey = keyof typeof da;
export type KioskMessages = Record<KioskKey, string>;
/** Every key `t()` takes: the kiosk's own and the staff screens'. */
export type MessageKey = KioskKey | StaffKey;
