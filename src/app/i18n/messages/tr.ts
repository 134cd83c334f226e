// Turkish, with the polite "siz": warm and plain, as a centre's staff would speak.
import type { KioskMessages } from './da';

export const tr: KioskMessages = {
  'question.country': 'Nereden geliyorsunuz?',
  'question.municipality': 'Nerede yaşıyorsunuz?',
  'question.party': 'Bugün kimler burada?',
  'question.summary': 'Bu doğru mu?',

  'choice.moreCountries': 'Başka bir ülke',
  'choice.moreMunicipalities': 'Başka bir belediye',
  'choice.skip': 'Söylememeyi tercih ederim',
  'choice.justMe': 'Sadece ben',
  'choice.meAndChildren': 'Ben ve çocuklar',
  'choice.childAlone': 'Sadece çocuklar',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'Batı ve Orta Afrika',
  'region.eastAfrica': 'Doğu ve Güney Afrika',
  'region.middleEast': 'Orta Doğu ve Kuzey Afrika',
  'region.asia': 'Asya',
  'region.northWestEurope': 'Kuzey ve Batı Avrupa',
  'region.southEastEurope': 'Doğu ve Güney Avrupa',
  'region.northAmerica': 'Kuzey Amerika',
  'region.southAmerica': 'Güney Amerika',
  'region.oceania': 'Okyanusya',

  'party.withMe': 'Ben de yanlarındayım',
  'party.addChild': 'Bir çocuk daha',
  'party.removeChild': 'Bir çocuk eksik',
  'party.next': 'İleri',
  'party.childrenCount': 'Çocuklar: {count}',

  'summary.confirm': 'Kaydet',
  'summary.change': 'Değiştir: {what}',
  'summary.country': 'ülke: {name}',
  'summary.municipality': 'belediye: {name}',
  'summary.party': 'kimler burada: {party}',
  'summary.notSaid': 'Belirtilmedi',
  'summary.withChildren': 'Ben ve çocuklar: {count}',
  'summary.childrenAlone': 'Sadece çocuklar: {count}',
  'summary.saveFailed': 'Kaydedilemedi. Lütfen tekrar deneyin.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'Kaydedilemedi. Lütfen bir görevliyi çağırın.',
  'kiosk.care.trouble.title': 'Lütfen bir görevliyi çağırın',
  'kiosk.care.trouble.body': 'Bu tablet şu anda kaydedemiyor. Bir görevli size yardım edebilir.',
  'kiosk.care.trouble.retry': 'Tekrar deneyin',

  'thanks.title': 'Geldiğiniz için teşekkürler',
  'thanks.visitor': 'Sizi bugün burada görmek çok güzel.',
  'thanks.undo': 'Geri al',
  'thanks.undone': 'Geri alındı.',

  'nav.startOver': 'Baştan başla',
  'nav.help': 'Yardım',
  'nav.back': 'Geri',
  'nav.previousPage': 'Önceki sayfa',
  'nav.nextPage': 'Sonraki sayfa',
  'nav.page': 'Sayfa {page} / {pages}',
  'nav.language': 'Dil',

  'help.title': 'Nasıl çalışır?',
  'help.body': 'Size üç şey soruyoruz:',
  'help.anonymous': 'Adınızı asla sormayız.',
  'help.voluntary':
    'Neyi yanıtlayacağınıza siz karar verirsiniz. Her zaman “{skip}” seçeneğini seçebilirsiniz.',
  'help.close': 'Kapat',

  'idle.title': 'Hâlâ burada mısınız?',
  'idle.stay': 'Evet, buradayım',

  'language.choose': 'Dil seçin',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'Burada gönüllüyüm',
  'volunteer.thanksTitle': 'Bugünkü yardımınız için teşekkürler',
  'volunteer.thanksText': 'Gönüllü gününüz sayıldı.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'Soruyu dinleyin',
  'sound.listen': 'Dinleyin',
};
