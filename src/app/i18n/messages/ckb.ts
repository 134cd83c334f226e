// Sorani Kurdish in its Arabic-based script, with its own letters (ێ ۆ ڕ ڵ ە); plain and warm,
// with تۆ as a centre's staff would speak. Sorani does not mark a woman apart in the second person.
import type { KioskMessages } from './da';

export const ckb: KioskMessages = {
  'question.country': 'خەڵکی کوێیت؟',
  'question.municipality': 'لە کوێ دەژیت؟',
  'question.party': 'ئەمڕۆ کێ لێرەیە؟',
  'question.summary': 'ئەمە ڕاستە؟',

  'choice.moreCountries': 'وڵاتێکی تر',
  'choice.moreMunicipalities': 'شارەوانییەکی تر',
  'choice.skip': 'پێم باشە نەیڵێم',
  'choice.justMe': 'تەنها خۆم',
  'choice.meAndChildren': 'خۆم و منداڵەکان',
  'choice.childAlone': 'تەنها منداڵەکان',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'ڕۆژاوای ئەفریقا و ناوەڕاستی ئەفریقا',
  'region.eastAfrica': 'ڕۆژهەڵاتی ئەفریقا و باشووری ئەفریقا',
  'region.middleEast': 'ڕۆژهەڵاتی ناوەڕاست و باکووری ئەفریقا',
  'region.asia': 'ئاسیا',
  'region.northWestEurope': 'باکووری ئەورووپا و ڕۆژاوای ئەورووپا',
  'region.southEastEurope': 'ڕۆژهەڵاتی ئەورووپا و باشووری ئەورووپا',
  'region.northAmerica': 'ئەمەریکای باکوور',
  'region.southAmerica': 'ئەمەریکای باشوور',
  'region.oceania': 'ئۆقیانووسیا',

  'party.withMe': 'منیش لەگەڵیانم',
  'party.addChild': 'منداڵێکی تر',
  'party.removeChild': 'منداڵێک کەمتر',
  'party.next': 'دواتر',
  'party.childrenCount': 'منداڵ: {count}',

  'summary.confirm': 'پاشەکەوت بکە',
  'summary.change': 'گۆڕینی {what}',
  'summary.country': 'وڵات: {name}',
  'summary.municipality': 'شارەوانی: {name}',
  'summary.party': 'کێ لێرەیە: {party}',
  'summary.notSaid': 'نەوتراوە',
  'summary.withChildren': 'خۆم و منداڵەکان: {count}',
  'summary.childrenAlone': 'تەنها منداڵەکان: {count}',
  'summary.saveFailed': 'پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەرەوە.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'پاشەکەوت نەکرا. تکایە بانگی یەکێک لە کارمەندان بکە.',
  'kiosk.care.trouble.title': 'تکایە بانگی یەکێک لە کارمەندان بکە',
  'kiosk.care.trouble.body':
    'ئەم تابلێتە ئێستا ناتوانێت پاشەکەوت بکات. کارمەندێک دەتوانێت یارمەتیت بدات.',
  'kiosk.care.trouble.retry': 'دووبارە هەوڵ بدەرەوە',

  'thanks.title': 'سوپاس بۆ هاتنت',
  'thanks.visitor': 'زۆر دڵخۆشین کە ئەمڕۆ دەتبینین.',
  'thanks.undo': 'پاشگەزبوونەوە',
  'thanks.undone': 'هەڵوەشایەوە.',

  'nav.startOver': 'لە سەرەتاوە',
  'nav.help': 'یارمەتی',
  'nav.back': 'گەڕانەوە',
  'nav.previousPage': 'پەڕەی پێشوو',
  'nav.nextPage': 'پەڕەی دواتر',
  'nav.page': 'پەڕەی {page} لە {pages}',
  'nav.language': 'زمان',

  'help.title': 'چۆن کار دەکات',
  'help.body': 'سێ شتت لێ دەپرسین:',
  'help.anonymous': 'هەرگیز ناوت لێ ناپرسین.',
  'help.voluntary': 'خۆت بڕیار دەدەیت چی وەڵام بدەیتەوە. هەمیشە دەتوانیت «{skip}» هەڵبژێریت.',
  'help.close': 'داخستن',

  'idle.title': 'هێشتا لێرەیت؟',
  'idle.stay': 'بەڵێ، لێرەم',

  'language.choose': 'زمانێک هەڵبژێرە',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'من لێرە خۆبەخشم',
  'volunteer.thanksTitle': 'سوپاس بۆ یارمەتییەکەت ئەمڕۆ',
  'volunteer.thanksText': 'ڕۆژەکەت وەک خۆبەخش هەژمار کرا.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'گوێ لە پرسیارەکە بگرە',
  'sound.listen': 'گوێ بگرە',
};
