// Country codes a visitor may answer with: every officially assigned ISO 3166-1 alpha-2 code, plus
// XK (Kosovo), which ISO has not assigned but which people from Kosovo should be able to choose.
// Names come from the browser's own data (Intl.DisplayNames), so no name list ships in the bundle.
// The short style gives the names people say ("Palæstina", "Hongkong"), not the formal ones.

// One line per first letter, sorted; the test checks it against i18n-iso-countries.
// prettier-ignore
export const COUNTRY_CODES: readonly string[] = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW',
  'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT',
  'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS',
  'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'XK',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
];

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return COUNTRY_SET.has(code);
}

export const DEFAULT_FEATURED_COUNTRIES: readonly string[] = [
  'TR',
  'PK',
  'MA',
  'IQ',
  'DK',
  'PS',
  'LB',
  'SO',
  'IR',
  'IN',
  'TN',
  'EG',
  'SY',
  'AF',
  'UA',
  'ER',
];

// Building a DisplayNames loads locale data; the all-countries screen asks for ~250 names at a time.
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string, style: 'short' | 'long'): Intl.DisplayNames | null {
  const key = `${style}:${locale}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'code' });
    } catch {
      // An invalid locale tag throws; the code is still something a person can read.
      names = null;
    }
    displayNames.set(key, names);
  }
  return names;
}

/**
 * The country's name in `locale` as people say it: the short form ("Palæstina") unless that is
 * only an abbreviation ("US"), then the full one. The code itself when the runtime has no name.
 */
export function countryName(code: string, locale: string): string {
  try {
    const short = namesFor(locale, 'short')?.of(code) ?? code;
    if (short.length > 2 || short !== short.toUpperCase()) return short;
    return namesFor(locale, 'long')?.of(code) ?? code;
  } catch {
    // of() throws on a string that is not a region code at all.
    return code;
  }
}
