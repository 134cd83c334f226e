// Farsi as it is written in Iran, with the polite شما (Dari, for Afghanistan, has its own file).
import type { KioskMessages } from './da';

export const fa: KioskMessages = {
  'question.country': 'اهل کجا هستید؟',
  'question.municipality': 'کجا زندگی می‌کنید؟',
  'question.party': 'امروز چه کسانی اینجا هستند؟',
  'question.summary': 'درست است؟',

  'choice.moreCountries': 'کشوری دیگر',
  'choice.moreMunicipalities': 'شهرداری دیگر',
  'choice.skip': 'ترجیح می‌دهم نگویم',
  'choice.justMe': 'فقط خودم',
  'choice.meAndChildren': 'من و بچه‌ها',
  'choice.childAlone': 'فقط بچه‌ها',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'غرب افریقا و مرکز افریقا',
  'region.eastAfrica': 'شرق افریقا و جنوب افریقا',
  'region.middleEast': 'خاورمیانه و شمال افریقا',
  'region.asia': 'آسیا',
  'region.northWestEurope': 'شمال اروپا و غرب اروپا',
  'region.southEastEurope': 'شرق اروپا و جنوب اروپا',
  'region.northAmerica': 'امریکای شمالی',
  'region.southAmerica': 'امریکای جنوبی',
  'region.oceania': 'اقیانوسیه',

  'party.withMe': 'من هم همراهشان هستم',
  'party.addChild': 'یک بچه بیشتر',
  'party.removeChild': 'یک بچه کمتر',
  'party.next': 'بعدی',
  'party.childrenCount': 'بچه‌ها: {count}',

  'summary.confirm': 'ذخیره',
  'summary.change': 'تغییر {what}',
  'summary.country': 'کشور: {name}',
  'summary.municipality': 'شهرداری: {name}',
  'summary.party': 'چه کسانی اینجا هستند: {party}',
  'summary.notSaid': 'گفته نشده',
  'summary.withChildren': 'من و بچه‌ها: {count}',
  'summary.childrenAlone': 'فقط بچه‌ها: {count}',
  'summary.saveFailed': 'ذخیره نشد. لطفاً دوباره امتحان کنید.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'ذخیره نشد. لطفاً یکی از کارکنان را صدا کنید.',
  'kiosk.care.trouble.title': 'لطفاً یکی از کارکنان را صدا کنید',
  'kiosk.care.trouble.body':
    'این تبلت الان نمی‌تواند ذخیره کند. یکی از کارکنان می‌تواند کمکتان کند.',
  'kiosk.care.trouble.retry': 'دوباره امتحان کنید',

  'thanks.title': 'ممنون که آمدید',
  'thanks.visitor': 'خیلی خوشحالیم که امروز شما را می‌بینیم.',
  'thanks.undo': 'لغو',
  'thanks.undone': 'لغو شد.',

  'nav.startOver': 'شروع دوباره',
  'nav.help': 'راهنما',
  'nav.back': 'برگشت',
  'nav.previousPage': 'صفحهٔ قبل',
  'nav.nextPage': 'صفحهٔ بعد',
  'nav.page': 'صفحهٔ {page} از {pages}',
  'nav.language': 'زبان',

  'help.title': 'این چطور کار می‌کند',
  'help.body': 'سه چیز از شما می‌پرسیم:',
  'help.anonymous': 'هرگز نام شما را نمی‌پرسیم.',
  'help.voluntary':
    'خودتان تصمیم می‌گیرید به چه جواب بدهید. همیشه می‌توانید «{skip}» را انتخاب کنید.',
  'help.close': 'بستن',

  'idle.title': 'هنوز اینجا هستید؟',
  'idle.stay': 'بله، اینجا هستم',

  'language.choose': 'زبان را انتخاب کنید',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'من اینجا داوطلبم',
  'volunteer.thanksTitle': 'ممنون از کمک امروزتان',
  'volunteer.thanksText': 'روز داوطلبی شما ثبت شد.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'پرسش را بشنوید',
  'sound.listen': 'گوش کنید',
};
