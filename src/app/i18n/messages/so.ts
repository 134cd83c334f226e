// Somali, plain and warm; Somali does not mark a woman apart in the second person.
import type { KioskMessages } from './da';

export const so: KioskMessages = {
  'question.country': 'Xaggee ka timid?',
  'question.municipality': 'Xaggee ku nooshahay?',
  'question.party': 'Yaa maanta halkan jooga?',
  'question.summary': 'Tani ma sax baa?',

  'choice.moreCountries': 'Waddan kale',
  'choice.moreMunicipalities': 'Degmo kale',
  'choice.skip': 'Ma doonayo inaan sheego',
  'choice.justMe': 'Aniga keliya',
  'choice.meAndChildren': 'Aniga iyo carruurta',
  'choice.childAlone': 'Carruurta keliya',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'Galbeeka Afrika iyo Afrikada Dhexe',
  'region.eastAfrica': 'Afrikada Bari iyo Afrikada Koonfureed',
  'region.middleEast': 'Bariga Dhexe iyo Waqooyiga Afrika',
  'region.asia': 'Aasiya',
  'region.northWestEurope': 'Yurubta Waqooyi iyo Yurubta Galbeed',
  'region.southEastEurope': 'Yurubta Bari iyo Yurubta Koonfureed',
  'region.northAmerica': 'Waqooyi Ameerika',
  'region.southAmerica': 'Koonfur Ameerika',
  'region.oceania': 'Osheeniya',

  'party.withMe': 'Anigu waan la joogaa',
  'party.addChild': 'Ilmo kale',
  'party.removeChild': 'Hal ilmo ka dhim',
  'party.next': 'Sii wad',
  'party.childrenCount': 'Carruur: {count}',

  'summary.confirm': 'Kaydi',
  'summary.change': 'Beddel {what}',
  'summary.country': 'waddan: {name}',
  'summary.municipality': 'degmo: {name}',
  'summary.party': 'yaa jooga: {party}',
  'summary.notSaid': 'Lama sheegin',
  'summary.withChildren': 'Aniga iyo carruurta: {count}',
  'summary.childrenAlone': 'Carruurta keliya: {count}',
  'summary.saveFailed': 'Lama kaydin. Fadlan mar kale isku day.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'Lama kaydin. Fadlan u yeer qof ka mid ah shaqaalaha.',
  'kiosk.care.trouble.title': 'Fadlan u yeer qof ka mid ah shaqaalaha',
  'kiosk.care.trouble.body':
    'Tablet-kani hadda wax ma kaydin karo. Qof ka mid ah shaqaalaha ayaa ku caawin kara.',
  'kiosk.care.trouble.retry': 'Mar kale isku day',

  'thanks.title': 'Waad ku mahadsan tahay imaatinkaaga',
  'thanks.visitor': 'Aad ayaan ugu faraxsannahay inaan maanta ku aragno.',
  'thanks.undo': 'Ka noqo',
  'thanks.undone': 'Waa laga noqday.',

  'nav.startOver': 'Bilow mar kale',
  'nav.help': 'Caawimaad',
  'nav.back': 'Dib u noqo',
  'nav.previousPage': 'Boggii hore',
  'nav.nextPage': 'Bogga xiga',
  'nav.page': 'Bogga {page} ee {pages}',
  'nav.language': 'Luqadda',

  'help.title': 'Sida ay u shaqeyso',
  'help.body': 'Waxaan ku weydiinaynaa saddex shay:',
  'help.anonymous': 'Weligeen magacaaga kuma weydiinno.',
  'help.voluntary':
    'Adiga ayaa go’aansanaya waxaad ka jawaabayso. Had iyo jeer waad dooran kartaa “{skip}”.',
  'help.close': 'Xir',

  'idle.title': 'Weli ma joogtaa?',
  'idle.stay': 'Haa, waan joogaa',

  'language.choose': 'Dooro luqadda',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'Halkan waxaan ka ahay tabarruce',
  'volunteer.thanksTitle': 'Waad ku mahadsan tahay caawimaaddaada maanta',
  'volunteer.thanksText': 'Maalintaada tabarrucnimo waa la tiriyay.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': "Dhageyso su'aasha",
  'sound.listen': 'Dhageyso',
};
