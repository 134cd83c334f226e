// Urdu with the polite آپ, addressing a woman where Urdu marks it (رہتی ہیں، چاہتی، سکتی ہیں).
import type { KioskMessages } from './da';

export const ur: KioskMessages = {
  'question.country': 'آپ کہاں سے ہیں؟',
  'question.municipality': 'آپ کہاں رہتی ہیں؟',
  'question.party': 'آج یہاں کون کون ہے؟',
  'question.summary': 'کیا یہ درست ہے؟',

  'choice.moreCountries': 'کوئی اور ملک',
  'choice.moreMunicipalities': 'کوئی اور بلدیہ',
  'choice.skip': 'میں بتانا نہیں چاہتی',
  'choice.justMe': 'صرف میں',
  'choice.meAndChildren': 'میں اور بچے',
  'choice.childAlone': 'صرف بچے',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'مغربی اور وسطی افریقہ',
  'region.eastAfrica': 'مشرقی اور جنوبی افریقہ',
  'region.middleEast': 'مشرق وسطیٰ اور شمالی افریقہ',
  'region.asia': 'ایشیا',
  'region.northWestEurope': 'شمالی اور مغربی یورپ',
  'region.southEastEurope': 'مشرقی اور جنوبی یورپ',
  'region.northAmerica': 'شمالی امریکہ',
  'region.southAmerica': 'جنوبی امریکہ',
  'region.oceania': 'اوشیانیا',

  'party.withMe': 'میں بھی ساتھ ہوں',
  'party.addChild': 'ایک اور بچہ',
  'party.removeChild': 'ایک بچہ کم',
  'party.next': 'آگے',
  'party.childrenCount': 'بچے: {count}',

  'summary.confirm': 'محفوظ کریں',
  'summary.change': '{what} تبدیل کریں',
  'summary.country': 'ملک: {name}',
  'summary.municipality': 'بلدیہ: {name}',
  'summary.party': 'یہاں کون ہے: {party}',
  'summary.notSaid': 'نہیں بتایا',
  'summary.withChildren': 'میں اور بچے: {count}',
  'summary.childrenAlone': 'صرف بچے: {count}',
  'summary.saveFailed': 'محفوظ نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'محفوظ نہیں ہوا۔ براہِ کرم عملے میں سے کسی کو بلائیں۔',
  'kiosk.care.trouble.title': 'براہِ کرم عملے میں سے کسی کو بلائیں',
  'kiosk.care.trouble.body': 'یہ ٹیبلٹ ابھی محفوظ نہیں کر سکتا۔ عملے کا کوئی فرد مدد کر سکتا ہے۔',
  'kiosk.care.trouble.retry': 'دوبارہ کوشش کریں',

  'thanks.title': 'آنے کا شکریہ',
  'thanks.visitor': 'آج آپ سے مل کر بہت خوشی ہوئی۔',
  'thanks.undo': 'واپس لیں',
  'thanks.undone': 'واپس لے لیا گیا۔',

  'nav.startOver': 'دوبارہ شروع کریں',
  'nav.help': 'مدد',
  'nav.back': 'واپس',
  'nav.previousPage': 'پچھلا صفحہ',
  'nav.nextPage': 'اگلا صفحہ',
  'nav.page': '{pages} میں سے صفحہ {page}',
  'nav.language': 'زبان',

  'help.title': 'یہ کیسے کام کرتا ہے',
  'help.body': 'ہم آپ سے تین باتیں پوچھتے ہیں:',
  'help.anonymous': 'ہم کبھی آپ کا نام نہیں پوچھتے۔',
  'help.voluntary': 'آپ خود فیصلہ کرتی ہیں کہ کیا جواب دیں۔ آپ ہمیشہ “{skip}” چن سکتی ہیں۔',
  'help.close': 'بند کریں',

  'idle.title': 'کیا آپ ابھی یہاں ہیں؟',
  'idle.stay': 'جی ہاں، میں یہاں ہوں',

  'language.choose': 'زبان منتخب کریں',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'میں یہاں رضاکار ہوں',
  'volunteer.thanksTitle': 'آج آپ کی مدد کا شکریہ',
  'volunteer.thanksText': 'رضاکار کے طور پر آپ کا دن شمار ہو گیا۔',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'سوال سنیں',
  'sound.listen': 'سنیں',
};
