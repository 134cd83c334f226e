// Kurmanji Kurdish in the Latin (Hawar) alphabet, with tu as a centre's staff would speak.
// Kurmanji does not mark a woman apart in the second person.
import type { KioskMessages } from './da';

export const kmr: KioskMessages = {
  'question.country': 'Tu ji ku derê yî?',
  'question.municipality': 'Tu li ku dijî?',
  'question.party': 'Îro kî li vir e?',
  'question.summary': 'Ev rast e?',

  'choice.moreCountries': 'Welatekî din',
  'choice.moreMunicipalities': 'Şaredariyeke din',
  'choice.skip': 'Ez naxwazim bibêjim',
  'choice.justMe': 'Tenê ez',
  'choice.meAndChildren': 'Ez û zarok',
  'choice.childAlone': 'Tenê zarok',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'Rojavayê Afrîkayê û Afrîkaya Navîn',
  'region.eastAfrica': 'Rojhilatê Afrîkayê û Başûrê Afrîkayê',
  'region.middleEast': 'Rojhilata Navîn û Bakurê Afrîkayê',
  'region.asia': 'Asya',
  'region.northWestEurope': 'Bakurê Ewropayê û Rojavayê Ewropayê',
  'region.southEastEurope': 'Rojhilatê Ewropayê û Başûrê Ewropayê',
  'region.northAmerica': 'Amerîkaya Bakur',
  'region.southAmerica': 'Amerîkaya Başûr',
  'region.oceania': 'Okyanûsya',

  'party.withMe': 'Ez jî bi wan re me',
  'party.addChild': 'Zarokekî din',
  'party.removeChild': 'Zarokek kêmtir',
  'party.next': 'Pêş de',
  'party.childrenCount': 'Zarok: {count}',

  'summary.confirm': 'Tomar bike',
  'summary.change': '{what} biguherîne',
  'summary.country': 'welat: {name}',
  'summary.municipality': 'şaredarî: {name}',
  'summary.party': 'kî li vir e: {party}',
  'summary.notSaid': 'Nehatiye gotin',
  'summary.withChildren': 'Ez û zarok: {count}',
  'summary.childrenAlone': 'Tenê zarok: {count}',
  'summary.saveFailed': 'Nehat tomarkirin. Ji kerema xwe dîsa biceribîne.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'Nehat tomarkirin. Ji kerema xwe gazî karmendekê bike.',
  'kiosk.care.trouble.title': 'Ji kerema xwe gazî karmendekê bike',
  'kiosk.care.trouble.body':
    'Ev tablet niha nikare tomar bike. Karmendek dikare alîkariya te bike.',
  'kiosk.care.trouble.retry': 'Dîsa biceribîne',

  'thanks.title': 'Spas ku tu hatî',
  'thanks.visitor': 'Em pir kêfxweş in ku îro te dibînin.',
  'thanks.undo': 'Betal bike',
  'thanks.undone': 'Hat betalkirin.',

  'nav.startOver': 'Ji nû ve dest pê bike',
  'nav.help': 'Alîkarî',
  'nav.back': 'Vegere',
  'nav.previousPage': 'Rûpela berê',
  'nav.nextPage': 'Rûpela din',
  'nav.page': 'Rûpel {page} ji {pages}',
  'nav.language': 'Ziman',

  'help.title': 'Ev çawa dixebite',
  'help.body': 'Em sê tiştan ji te dipirsin:',
  'help.anonymous': 'Em qet navê te napirsin.',
  'help.voluntary':
    'Tu bi xwe biryar didî ka çi bersiv bidî. Tu her tim dikarî «{skip}» hilbijêrî.',
  'help.close': 'Bigire',

  'idle.title': 'Tu hê li vir î?',
  'idle.stay': 'Erê, ez li vir im',

  'language.choose': 'Zimanekî hilbijêre',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'Ez li vir dilxwaz im',
  'volunteer.thanksTitle': 'Spas ji bo alîkariya te ya îro',
  'volunteer.thanksText': 'Roja te ya dilxwaziyê hat hesibandin.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'Guh bide pirsê',
  'sound.listen': 'Guh bide',
};
