import type { KioskMessages } from './da';

export const en: KioskMessages = {
  'question.country': 'Where are you from?',
  'question.municipality': 'Where do you live?',
  'question.party': 'Who is here today?',
  'question.summary': 'Is this right?',

  'choice.moreCountries': 'Another country',
  'choice.moreMunicipalities': 'Another municipality',
  'choice.skip': 'I would rather not say',
  'choice.justMe': 'Just me',
  'choice.meAndChildren': 'Me and children',
  'choice.childAlone': 'Only children',

  // the parts of the world, on the way to another country
  'region.westAfrica': 'West and Central Africa',
  'region.eastAfrica': 'East and Southern Africa',
  'region.middleEast': 'Middle East and North Africa',
  'region.asia': 'Asia',
  'region.northWestEurope': 'Northern and Western Europe',
  'region.southEastEurope': 'Eastern and Southern Europe',
  'region.northAmerica': 'North America',
  'region.southAmerica': 'South America',
  'region.oceania': 'Oceania',

  'party.withMe': 'I am with them',
  'party.addChild': 'One more child',
  'party.removeChild': 'One child fewer',
  'party.next': 'Next',
  'party.childrenCount': 'Children: {count}',

  'summary.confirm': 'Save',
  'summary.change': 'Change {what}',
  'summary.country': 'country: {name}',
  'summary.municipality': 'municipality: {name}',
  'summary.party': 'who is here: {party}',
  'summary.notSaid': 'Not said',
  'summary.withChildren': 'Me and children: {count}',
  'summary.childrenAlone': 'Only children: {count}',
  'summary.saveFailed': 'It was not saved. Please try again.',

  // kiosk care: install, updates, storage
  'kiosk.care.saveFailedStaff': 'It was not saved. Please fetch a member of staff.',
  'kiosk.care.trouble.title': 'Please fetch a member of staff',
  'kiosk.care.trouble.body': 'This tablet cannot save right now. A member of staff can help.',
  'kiosk.care.trouble.retry': 'Try again',

  'thanks.title': 'Thank you for coming',
  'thanks.visitor': 'It is so good to see you today.',
  'thanks.undo': 'Undo',
  'thanks.undone': 'That is undone.',

  'nav.startOver': 'Start over',
  'nav.help': 'Help',
  'nav.back': 'Back',
  'nav.previousPage': 'Previous page',
  'nav.nextPage': 'Next page',
  'nav.page': 'Page {page} of {pages}',
  'nav.language': 'Language',

  'help.title': 'How this works',
  'help.body': 'We ask you three things:',
  'help.anonymous': 'We never ask for your name.',
  'help.voluntary': 'You decide what to answer. You can always choose “{skip}”.',
  'help.close': 'Close',

  'idle.title': 'Are you still here?',
  'idle.stay': 'Yes, I am here',

  'language.choose': 'Choose a language',

  // volunteers, on the kiosk's first screen and its thank-you
  'volunteer.button': 'I volunteer here',
  'volunteer.thanksTitle': 'Thank you for your help today',
  'volunteer.thanksText': 'Your day as a volunteer is counted.',

  // kiosk: sound (the speaker on every screen)
  'sound.speak': 'Hear the question',
  'sound.listen': 'Listen',
};
