// Dari as it is written in Afghanistan: اطفال for children, شاروالی for the municipality,
// تشکر and بلی, کوشش کردن for trying, رضاکار for a volunteer; the polite شما.
import type { KioskMessages } from './da';

export const prs: KioskMessages = {
  'question.country': 'از کدام کشور هستید؟',
  'question.municipality': 'در کجا زندگی می‌کنید؟',
  'question.party': 'امروز کی‌ها اینجا هستند؟',
  'question.summary': 'آیا این درست است؟',

  'choice.moreCountries': 'کشور دیگر',
  'choice.moreMunicipalities': 'شاروالی دیگر',
  'choice.skip': 'ترجیح می‌دهم نگویم',
  'choice.justMe': 'فقط خودم',
  'choice.meAndChildren': 'من و اطفالم',
  'choice.childAlone': 'فقط اطفال',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'غرب افریقا و مرکز افریقا',
  'region.eastAfrica': 'شرق افریقا و جنوب افریقا',
  'region.middleEast': 'شرق میانه و شمال افریقا',
  'region.asia': 'آسیا',
  'region.northWestEurope': 'شمال اروپا و غرب اروپا',
  'region.southEastEurope': 'شرق اروپا و جنوب اروپا',
  'region.northAmerica': 'امریکای شمالی',
  'region.southAmerica': 'امریکای جنوبی',
  'region.oceania': 'اقیانوسیه',

  'party.withMe': 'من هم همراه شان هستم',
  'party.addChild': 'یک طفل دیگر',
  'party.removeChild': 'یک طفل کمتر',
  'party.next': 'بعدی',
  'party.childrenCount': 'اطفال: {count}',

  'summary.confirm': 'ثبت',
  'summary.change': 'تغییر {what}',
  'summary.country': 'کشور: {name}',
  'summary.municipality': 'شاروالی: {name}',
  'summary.party': 'کی‌ها اینجا هستند: {party}',
  'summary.notSaid': 'گفته نشده',
  'summary.withChildren': 'من و اطفالم: {count}',
  'summary.childrenAlone': 'فقط اطفال: {count}',
  'summary.saveFailed': 'ثبت نشد. لطفاً دوباره کوشش کنید.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'ثبت نشد. لطفاً یکی از کارمندان را صدا کنید.',
  'kiosk.care.trouble.title': 'لطفاً یکی از کارمندان را صدا کنید',
  'kiosk.care.trouble.body': 'این تبلیت حالا ثبت کرده نمی‌تواند. یکی از کارمندان می‌تواند کمک کند.',
  'kiosk.care.trouble.retry': 'دوباره کوشش کنید',

  'thanks.title': 'تشکر که آمدید',
  'thanks.visitor': 'بسیار خوش هستیم که امروز شما را می‌بینیم.',
  'thanks.undo': 'لغو',
  'thanks.undone': 'لغو شد.',

  'nav.startOver': 'از سر شروع کنید',
  'nav.help': 'کمک',
  'nav.back': 'پس',
  'nav.previousPage': 'صفحهٔ قبلی',
  'nav.nextPage': 'صفحهٔ بعدی',
  'nav.page': 'صفحهٔ {page} از {pages}',
  'nav.language': 'زبان',

  'help.title': 'این چطور کار می‌کند',
  'help.body': 'از شما سه چیز می‌پرسیم:',
  'help.anonymous': 'ما هرگز نام شما را نمی‌پرسیم.',
  'help.voluntary':
    'خود شما تصمیم می‌گیرید که به چه جواب بدهید. همیشه می‌توانید «{skip}» را انتخاب کنید.',
  'help.close': 'بستن',

  'idle.title': 'آیا هنوز اینجا هستید؟',
  'idle.stay': 'بلی، اینجا هستم',

  'language.choose': 'زبان را انتخاب کنید',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'من اینجا رضاکار هستم',
  'volunteer.thanksTitle': 'تشکر از کمک امروز شما',
  'volunteer.thanksText': 'روز رضاکاری شما حساب شد.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'سوال را بشنوید',
  'sound.listen': 'گوش کنید',
};
