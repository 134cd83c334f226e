// The kiosk's way to a country without reading: first a part of the world, shown as a map, then
// that part's flags. Nine parts, so that the largest holds at most four pages of flags on the
// smallest tablet (12 a page). A country may sit in two parts where people place it either way (Turkey, Cyprus, the
// Caucasus, Russia, Iran, Sudan, North Africa, Greenland), so she finds it wherever she looks.
// Territories without a permanent population are left out of the kiosk's list only: a stored
// visit with one of them stays valid (isCountryCode still accepts every assigned code).
import { COUNTRY_CODES } from './countries';

/** Assigned codes where nobody lives for good: no woman comes from there. */
export const UNINHABITED: readonly string[] = ['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM'];

const UNINHABITED_SET: ReadonlySet<string> = new Set(UNINHABITED);

/** The countries the kiosk offers: every country code but the uninhabited ones, in code order. */
export const KIOSK_COUNTRY_CODES: readonly string[] = COUNTRY_CODES.filter(
  (code) => !UNINHABITED_SET.has(code),
);

export const REGION_IDS = [
  'westAfrica',
  'eastAfrica',
  'middleEast',
  'asia',
  'northWestEurope',
  'southEastEurope',
  'northAmerica',
  'southAmerica',
  'oceania',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

// Grouped by the UN's M.49 sub-regions, so a reader can check them against it.
// prettier-ignore
export const REGION_COUNTRIES: Readonly<Record<RegionId, readonly string[]>> = {
  westAfrica: [
    // Western Africa
    'BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SL', 'SN',
    'TG',
    // Middle Africa
    'AO', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'ST', 'TD',
    // Northern Africa, its western part
    'DZ', 'EH', 'LY', 'MA', 'TN',
  ],
  eastAfrica: [
    // Eastern Africa
    'BI', 'DJ', 'ER', 'ET', 'KE', 'KM', 'MG', 'MU', 'MW', 'MZ', 'RE', 'RW', 'SC', 'SO', 'SS', 'TZ',
    'UG', 'YT', 'ZM', 'ZW',
    // Southern Africa
    'BW', 'LS', 'NA', 'SZ', 'ZA',
    // Northern Africa, along the Nile
    'EG', 'SD',
  ],
  middleEast: [
    // Northern Africa
    'DZ', 'EG', 'EH', 'LY', 'MA', 'SD', 'TN',
    // Western Asia but the Caucasus
    'AE', 'BH', 'CY', 'IL', 'IQ', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE',
    'IR',
  ],
  asia: [
    // Central Asia
    'KG', 'KZ', 'TJ', 'TM', 'UZ',
    // Eastern Asia
    'CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW',
    // South-eastern Asia
    'BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN',
    // Southern Asia
    'AF', 'BD', 'BT', 'IN', 'IR', 'LK', 'MV', 'NP', 'PK',
    // the Caucasus, and Russia, which reaches across all of northern Asia
    'AM', 'AZ', 'GE', 'RU',
  ],
  northWestEurope: [
    // Northern Europe
    'AX', 'DK', 'EE', 'FI', 'FO', 'GB', 'GG', 'IE', 'IM', 'IS', 'JE', 'LT', 'LV', 'NO', 'SE', 'SJ',
    // Western Europe
    'AT', 'BE', 'CH', 'DE', 'FR', 'LI', 'LU', 'MC', 'NL',
    // in the Danish realm, as the Faroe Islands are
    'GL',
  ],
  southEastEurope: [
    // Eastern Europe
    'BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA',
    // Southern Europe
    'AD', 'AL', 'BA', 'ES', 'GI', 'GR', 'HR', 'IT', 'ME', 'MK', 'MT', 'PT', 'RS', 'SI', 'SM', 'VA',
    'XK',
    // on the edge of Europe and often counted in it
    'AM', 'AZ', 'CY', 'GE', 'TR',
  ],
  northAmerica: [
    // the Caribbean
    'AG', 'AI', 'AW', 'BB', 'BL', 'BQ', 'BS', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT', 'JM', 'KN',
    'KY', 'LC', 'MF', 'MQ', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
    // Central America
    'BZ', 'CR', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV',
    // Northern America
    'BM', 'CA', 'GL', 'PM', 'US',
  ],
  southAmerica: [
    'AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE',
  ],
  oceania: [
    'AS', 'AU', 'CC', 'CK', 'CX', 'FJ', 'FM', 'GU', 'KI', 'MH', 'MP', 'NC', 'NF', 'NR', 'NU', 'NZ',
    'PF', 'PG', 'PN', 'PW', 'SB', 'TK', 'TO', 'TV', 'VU', 'WF', 'WS',
  ],
};
