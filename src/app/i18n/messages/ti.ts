// Tigrinya in Ge'ez script, addressing a woman (ኢኺ, ትነብሪ, ምረጺ): the kiosk greets the women of
// the centre. Punctuation is Ethiopic (። and ፡ where Tigrinya writes them).
import type { KioskMessages } from './da';

export const ti: KioskMessages = {
  'question.country': 'ካበይ ሃገር ኢኺ?',
  'question.municipality': 'ኣበይ ትነብሪ?',
  'question.party': 'ሎሚ ኣብዚ መን ኣሎ?',
  'question.summary': 'እዚ ቅኑዕ ድዩ?',

  'choice.moreCountries': 'ካልእ ሃገር',
  'choice.moreMunicipalities': 'ካልእ ምምሕዳር',
  'choice.skip': 'ክነግር ኣይደልን',
  'choice.justMe': 'ኣነ ጥራይ',
  'choice.meAndChildren': 'ኣነን ቆልዑን',
  'choice.childAlone': 'ቆልዑ ጥራይ',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'ምዕራባዊ ኣፍሪቃን ማእከላይ ኣፍሪቃን',
  'region.eastAfrica': 'ምብራቓዊ ኣፍሪቃን ደቡባዊ ኣፍሪቃን',
  'region.middleEast': 'ማእከላይ ምብራቕን ሰሜን ኣፍሪቃን',
  'region.asia': 'ኤስያ',
  'region.northWestEurope': 'ሰሜናዊ ኤውሮጳን ምዕራባዊ ኤውሮጳን',
  'region.southEastEurope': 'ምብራቓዊ ኤውሮጳን ደቡባዊ ኤውሮጳን',
  'region.northAmerica': 'ሰሜን ኣመሪካ',
  'region.southAmerica': 'ደቡብ ኣመሪካ',
  'region.oceania': 'ኦሽያንያ',

  'party.withMe': 'ኣነ ምሳኦም ኣለኹ',
  'party.addChild': 'ሓደ ቆልዓ ወስኺ',
  'party.removeChild': 'ሓደ ቆልዓ ኣጉድሊ',
  'party.next': 'ቀጽሊ',
  'party.childrenCount': 'ቆልዑ: {count}',

  'summary.confirm': 'ዓቅቢ',
  'summary.change': '{what} ቀይሪ',
  'summary.country': 'ሃገር: {name}',
  'summary.municipality': 'ምምሕዳር: {name}',
  'summary.party': 'መን ኣሎ: {party}',
  'summary.notSaid': 'ኣይተገልጸን',
  'summary.withChildren': 'ኣነን ቆልዑን: {count}',
  'summary.childrenAlone': 'ቆልዑ ጥራይ: {count}',
  'summary.saveFailed': 'ኣይተዓቀበን። በጃኺ ደጊምኪ ፈትኒ።',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'ኣይተዓቀበን። በጃኺ ሓንቲ ሰራሕተኛ ጸውዒ።',
  'kiosk.care.trouble.title': 'በጃኺ ሓንቲ ሰራሕተኛ ጸውዒ',
  'kiosk.care.trouble.body': 'እዚ ታብለት ሕጂ ክዕቅብ ኣይክእልን እዩ። ሰራሕተኛ ክትሕግዘኪ ትኽእል እያ።',
  'kiosk.care.trouble.retry': 'ደጊምኪ ፈትኒ',

  'thanks.title': 'ስለ ዝመጻእኪ የቐንየልና',
  'thanks.visitor': 'ሎሚ ብምርኣይኪ ኣዝዩ ተሓጒስና።',
  'thanks.undo': 'ሰርዚ',
  'thanks.undone': 'ተሰሪዙ እዩ።',

  'nav.startOver': 'ካብ መጀመርታ ጀምሪ',
  'nav.help': 'ሓገዝ',
  'nav.back': 'ተመለሲ',
  'nav.previousPage': 'ዝሓለፈ ገጽ',
  'nav.nextPage': 'ዝቕጽል ገጽ',
  'nav.page': 'ገጽ {page} ካብ {pages}',
  'nav.language': 'ቋንቋ',

  'help.title': 'ከመይ ይሰርሕ',
  'help.body': 'ሰለስተ ነገራት ንሓተኪ:',
  'help.anonymous': 'ስምኪ ፈጺምና ኣይንሓትትን ኢና።',
  'help.voluntary': 'እትምልስዮ ባዕልኺ ትውስኒ። ኩሉ ግዜ «{skip}» ክትመርጺ ትኽእሊ ኢኺ።',
  'help.close': 'ዕጸዊ',

  'idle.title': 'ገና ኣብዚ ዲኺ?',
  'idle.stay': 'እወ፡ ኣብዚ ኣለኹ',

  'language.choose': 'ቋንቋ ምረጺ',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'ኣብዚ ወለንተኛ እየ',
  'volunteer.thanksTitle': 'ሎሚ ስለ ዝሓገዝኪ የቐንየልና',
  'volunteer.thanksText': 'ናይ ወለንተኛ መዓልትኺ ተቖጺሩ እዩ።',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'ሕቶ ስምዒ',
  'sound.listen': 'ስምዒ',
};
