// Arabic addresses the reader in the feminine: the kiosk greets the women of the centre.
import type { KioskMessages } from './da';

export const ar: KioskMessages = {
  'question.country': 'من أين أنتِ؟',
  'question.municipality': 'أين تسكنين؟',
  'question.party': 'مَن هنا اليوم؟',
  'question.summary': 'هل هذا صحيح؟',

  'choice.moreCountries': 'بلد آخر',
  'choice.moreMunicipalities': 'بلدية أخرى',
  'choice.skip': 'أفضّل ألّا أقول',
  'choice.justMe': 'أنا فقط',
  'choice.meAndChildren': 'أنا والأطفال',
  'choice.childAlone': 'أطفال فقط',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'غرب أفريقيا ووسط أفريقيا',
  'region.eastAfrica': 'شرق أفريقيا وأفريقيا الجنوبية',
  'region.middleEast': 'الشرق الأوسط وشمال أفريقيا',
  'region.asia': 'آسيا',
  'region.northWestEurope': 'شمال أوروبا وغرب أوروبا',
  'region.southEastEurope': 'شرق أوروبا وجنوب أوروبا',
  'region.northAmerica': 'أمريكا الشمالية',
  'region.southAmerica': 'أمريكا الجنوبية',
  'region.oceania': 'أوقيانوسيا',

  'party.withMe': 'أنا معهم',
  'party.addChild': 'طفل آخر',
  'party.removeChild': 'طفل أقل',
  'party.next': 'التالي',
  'party.childrenCount': 'الأطفال: {count}',

  'summary.confirm': 'حفظ',
  'summary.change': 'تغيير {what}',
  'summary.country': 'البلد: {name}',
  'summary.municipality': 'البلدية: {name}',
  'summary.party': 'مَن هنا: {party}',
  'summary.notSaid': 'لم يُذكر',
  'summary.withChildren': 'أنا والأطفال: {count}',
  'summary.childrenAlone': 'أطفال فقط: {count}',
  'summary.saveFailed': 'لم يتمّ الحفظ. حاولي مرة أخرى.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'لم يتمّ الحفظ. من فضلكِ نادي إحدى الموظفات.',
  'kiosk.care.trouble.title': 'من فضلكِ نادي إحدى الموظفات',
  'kiosk.care.trouble.body': 'لا يستطيع هذا الجهاز الحفظ الآن. يمكن لإحدى الموظفات المساعدة.',
  'kiosk.care.trouble.retry': 'حاولي مرة أخرى',

  'thanks.title': 'شكرًا لقدومكِ',
  'thanks.visitor': 'يسعدنا أن نراكِ اليوم.',
  'thanks.undo': 'تراجع',
  'thanks.undone': 'تمّ التراجع.',

  'nav.startOver': 'البدء من جديد',
  'nav.help': 'مساعدة',
  'nav.back': 'رجوع',
  'nav.previousPage': 'الصفحة السابقة',
  'nav.nextPage': 'الصفحة التالية',
  'nav.page': 'صفحة {page} من {pages}',
  'nav.language': 'اللغة',

  'help.title': 'كيف يعمل هذا؟',
  'help.body': 'نسألكِ عن ثلاثة أشياء:',
  'help.anonymous': 'لا نسألكِ عن اسمكِ أبدًا.',
  'help.voluntary': 'أنتِ تقرّرين بماذا تجيبين. يمكنكِ دائمًا اختيار «{skip}».',
  'help.close': 'إغلاق',

  'idle.title': 'هل ما زلتِ هنا؟',
  'idle.stay': 'نعم، أنا هنا',

  'language.choose': 'اختاري اللغة',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'أنا متطوعة هنا',
  'volunteer.thanksTitle': 'شكرًا على جهودكِ اليوم',
  'volunteer.thanksText': 'تمّ احتساب يومكِ كمتطوعة.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'استمعي إلى السؤال',
  'sound.listen': 'استمعي',
};
