// The coordinator page's words about centres, in the page's two languages (Danish and English). They
// sit apart from the staff tables because only the coordinator page shows them; a key missing in
// English fails the type check, as in the staff tables.
import { useI18n } from '../../i18n/I18n';
import type { MessageParams } from '../../i18n/interpolate';
import { interpolate } from '../../i18n/interpolate';
import { languageByCode } from '../../i18n/languages/languages';
import { localeNumbers } from '../../i18n/numbers';

const da = {
  all: 'Alle centre',
  switcher: 'Center',
  switcherExplain: 'Rapporten, ugens rytme, filerne og tablets følger det valgte center.',
  sideBySideTitle: 'Centrene side om side',
  sideBySideExplain:
    'Hvert center for sig og alle tilsammen i den valgte periode. Kolonnen »Alle centre« er den samlede tabel ovenfor.',
  sideBySideCaption: '{table}: centrene side om side',
  loadingSideBySide: 'Henter hvert centers tal …',
  panelTitle: 'Centre',
  panelExplain:
    'Centrene på denne server. Hvert center har sit navn, sin tidszone og de lande og kommuner, dets tablets viser først. Tablets parres med ét center, og hvert centers koordinator kan få sin egen kode.',
  name: 'Navn',
  zone: 'Tidszone',
  featuredCountries: 'Lande, kiosken viser først',
  featuredMunicipalities: 'Kommuner, kiosken viser først',
  featuredNone: 'Appens egne',
  addTitle: 'Tilføj et center',
  add: 'Tilføj centret',
  added: 'Centret »{name}« er tilføjet.',
  edit: 'Ret {name}',
  editTitle: 'Ret »{name}«',
  save: 'Gem ændringerne',
  saved: '»{name}« er gemt.',
  cancel: 'Annuller',
  countriesSearch: 'Find et land at tilføje',
  countriesChosen: 'Lande, kiosken viser først',
  municipalitiesChosen: 'Kommuner, kiosken viser først',
  municipalityAdd: 'Tilføj en kommune',
  pair: 'Par en tablet med {name}',
  tokensTitle: 'Koordinatorkoder for {name}',
  tokensExplain:
    'En koordinatorkode for centret ser og henter kun dette centers tal. Giv den til centrets leder.',
  tokensNone: 'Ingen koordinatorkoder endnu.',
  tokenLabel: 'Hvem koden er til',
  tokenMake: 'Lav en koordinatorkode',
  tokenMade: 'Ny koordinatorkode til »{label}«',
  tokenWarning:
    'Koden vises kun denne ene gang. Kopier den nu og giv den videre på en sikker måde: den der har koden, kan se alle centrets tal.',
  tokenField: 'Koordinatorkoden',
  tokenCopy: 'Kopier koden',
  tokenCopied: 'Kopieret.',
  tokenHide: 'Jeg har gemt koden – skjul den',
  tokenCreated: 'Lavet {when}',
  tokenWithdrawn: 'Trukket tilbage {when}',
  tokenWithdraw: 'Træk tilbage',
  tokenWithdrawLabel: 'Træk tilbage: koden til {label}',
  tokenConfirm: 'Træk koden til »{label}« tilbage? Den virker ikke mere bagefter.',
  tokenConfirmYes: 'Ja, træk den tilbage',
  tokenWithdrawnDone: 'Koden til »{label}« er trukket tilbage.',
  tokenList: 'Koder',
};

export type CentreTextKey = keyof typeof da;

const en: Record<CentreTextKey, string> = {
  all: 'All centres',
  switcher: 'Centre',
  switcherExplain:
    'The report, the week’s shape, the files and the tablets follow the chosen centre.',
  sideBySideTitle: 'The centres side by side',
  sideBySideExplain:
    'Each centre on its own and all together in the chosen period. The “All centres” column is the consolidated table above.',
  sideBySideCaption: '{table}: the centres side by side',
  loadingSideBySide: 'Fetching each centre’s figures …',
  panelTitle: 'Centres',
  panelExplain:
    'The centres on this server. Each has its name, its time zone and the countries and municipalities its tablets show first. A tablet is paired with one centre, and each centre’s coordinator can have a token of their own.',
  name: 'Name',
  zone: 'Time zone',
  featuredCountries: 'Countries the kiosk shows first',
  featuredMunicipalities: 'Municipalities the kiosk shows first',
  featuredNone: 'The app’s own',
  addTitle: 'Add a centre',
  add: 'Add the centre',
  added: 'The centre “{name}” was added.',
  edit: 'Change {name}',
  editTitle: 'Change “{name}”',
  save: 'Save the changes',
  saved: '“{name}” was saved.',
  cancel: 'Cancel',
  countriesSearch: 'Find a country to add',
  countriesChosen: 'Countries the kiosk shows first',
  municipalitiesChosen: 'Municipalities the kiosk shows first',
  municipalityAdd: 'Add a municipality',
  pair: 'Pair a tablet with {name}',
  tokensTitle: 'Coordinator tokens for {name}',
  tokensExplain:
    'A centre coordinator token sees and downloads this centre’s figures only. Give it to the centre’s leader.',
  tokensNone: 'No coordinator tokens yet.',
  tokenLabel: 'Who the token is for',
  tokenMake: 'Make a coordinator token',
  tokenMade: 'New coordinator token for “{label}”',
  tokenWarning:
    'The token is shown this once only. Copy it now and pass it on safely: whoever holds it can see all the centre’s figures.',
  tokenField: 'The coordinator token',
  tokenCopy: 'Copy the token',
  tokenCopied: 'Copied.',
  tokenHide: 'I have kept the token – hide it',
  tokenCreated: 'Made {when}',
  tokenWithdrawn: 'Withdrawn {when}',
  tokenWithdraw: 'Withdraw',
  tokenWithdrawLabel: 'Withdraw: the token for {label}',
  tokenConfirm: 'Withdraw the token for “{label}”? It stops working at once.',
  tokenConfirmYes: 'Yes, withdraw it',
  tokenWithdrawnDone: 'The token for “{label}” was withdrawn.',
  tokenList: 'Tokens',
};

const TEXTS = { da, en };

export type CentreText = (key: CentreTextKey, params?: MessageParams) => string;

/** The centre texts in the page's language (English, else Danish). */
export function useCentreTexts(): CentreText {
  const { lang } = useI18n();
  const code = lang === 'en' ? 'en' : 'da';
  const numbers = localeNumbers(languageByCode(code));
  return (key, params) => interpolate(TEXTS[code][key], params, numbers);
}
