// Danish is the source: every user-facing string of the kiosk, short and warm. The other
// languages are typed `Messages`, so a key missing there fails the type check.
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
};

export type MessageKey = keyof typeof da;
export type Messages = Record<MessageKey, string>;
