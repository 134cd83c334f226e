// Ukrainian with the polite ви; a woman where Ukrainian marks it (волонтерка).
import type { KioskMessages } from './da';

export const uk: KioskMessages = {
  'question.country': 'Звідки ви?',
  'question.municipality': 'Де ви живете?',
  'question.party': 'Хто сьогодні тут?',
  'question.summary': 'Усе правильно?',

  'choice.moreCountries': 'Інша країна',
  'choice.moreMunicipalities': 'Інша комуна',
  'choice.skip': 'Волію не казати',
  'choice.justMe': 'Лише я',
  'choice.meAndChildren': 'Я і діти',
  'choice.childAlone': 'Лише діти',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'Західна і Центральна Африка',
  'region.eastAfrica': 'Східна і Південна Африка',
  'region.middleEast': 'Близький Схід і Північна Африка',
  'region.asia': 'Азія',
  'region.northWestEurope': 'Північна і Західна Європа',
  'region.southEastEurope': 'Східна і Південна Європа',
  'region.northAmerica': 'Північна Америка',
  'region.southAmerica': 'Південна Америка',
  'region.oceania': 'Океанія',

  'party.withMe': 'Я з ними',
  'party.addChild': 'Ще одна дитина',
  'party.removeChild': 'На одну дитину менше',
  'party.next': 'Далі',
  'party.childrenCount': 'Діти: {count}',

  'summary.confirm': 'Зберегти',
  'summary.change': 'Змінити {what}',
  'summary.country': 'країна: {name}',
  'summary.municipality': 'комуна: {name}',
  'summary.party': 'хто тут: {party}',
  'summary.notSaid': 'Не вказано',
  'summary.withChildren': 'Я і діти: {count}',
  'summary.childrenAlone': 'Лише діти: {count}',
  'summary.saveFailed': 'Не збережено. Будь ласка, спробуйте ще раз.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'Не збережено. Будь ласка, покличте когось із працівників.',
  'kiosk.care.trouble.title': 'Будь ласка, покличте когось із працівників',
  'kiosk.care.trouble.body': 'Цей планшет зараз не може зберігати. Працівники допоможуть.',
  'kiosk.care.trouble.retry': 'Спробувати ще раз',

  'thanks.title': 'Дякуємо, що прийшли',
  'thanks.visitor': 'Як добре бачити вас сьогодні.',
  'thanks.undo': 'Скасувати',
  'thanks.undone': 'Скасовано.',

  'nav.startOver': 'Почати спочатку',
  'nav.help': 'Допомога',
  'nav.back': 'Назад',
  'nav.previousPage': 'Попередня сторінка',
  'nav.nextPage': 'Наступна сторінка',
  'nav.page': 'Сторінка {page} з {pages}',
  'nav.language': 'Мова',

  'help.title': 'Як це працює',
  'help.body': 'Ми запитуємо вас про три речі:',
  'help.anonymous': 'Ми ніколи не питаємо вашого імені.',
  'help.voluntary': 'Ви самі вирішуєте, що відповідати. Ви завжди можете вибрати «{skip}».',
  'help.close': 'Закрити',

  'idle.title': 'Ви ще тут?',
  'idle.stay': 'Так, я тут',

  'language.choose': 'Виберіть мову',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'Я тут волонтерка',
  'volunteer.thanksTitle': 'Дякуємо за вашу допомогу сьогодні',
  'volunteer.thanksText': 'Ваш день волонтерства зараховано.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'Прослухати запитання',
  'sound.listen': 'Слухати',
};
