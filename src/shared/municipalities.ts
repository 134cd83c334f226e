// Denmark's 98 municipalities (since 2007) with the codes Danmarks Statistik uses, which is what
// the grant reports are keyed on. lat/lon is the municipality's main town, roughly, only for the dot
// on the small map of Denmark; the comment names the town where it is not the municipality's name.

export interface Municipality {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '101', name: 'København', lat: 55.68, lon: 12.57 },
  { code: '147', name: 'Frederiksberg', lat: 55.68, lon: 12.53 },
  { code: '151', name: 'Ballerup', lat: 55.73, lon: 12.36 },
  { code: '153', name: 'Brøndby', lat: 55.65, lon: 12.42 },
  { code: '155', name: 'Dragør', lat: 55.59, lon: 12.67 },
  { code: '157', name: 'Gentofte', lat: 55.75, lon: 12.55 },
  { code: '159', name: 'Gladsaxe', lat: 55.73, lon: 12.49 }, // Søborg
  { code: '161', name: 'Glostrup', lat: 55.67, lon: 12.4 },
  { code: '163', name: 'Herlev', lat: 55.72, lon: 12.44 },
  { code: '165', name: 'Albertslund', lat: 55.66, lon: 12.35 },
  { code: '167', name: 'Hvidovre', lat: 55.64, lon: 12.47 },
  { code: '169', name: 'Høje-Taastrup', lat: 55.65, lon: 12.3 }, // Taastrup
  { code: '173', name: 'Lyngby-Taarbæk', lat: 55.77, lon: 12.5 }, // Kongens Lyngby
  { code: '175', name: 'Rødovre', lat: 55.68, lon: 12.45 },
  { code: '183', name: 'Ishøj', lat: 55.62, lon: 12.35 },
  { code: '185', name: 'Tårnby', lat: 55.63, lon: 12.6 },
  { code: '187', name: 'Vallensbæk', lat: 55.62, lon: 12.38 },
  { code: '190', name: 'Furesø', lat: 55.81, lon: 12.36 }, // Farum
  { code: '201', name: 'Allerød', lat: 55.87, lon: 12.35 }, // Lillerød
  { code: '210', name: 'Fredensborg', lat: 55.97, lon: 12.4 },
  { code: '217', name: 'Helsingør', lat: 56.03, lon: 12.61 },
  { code: '219', name: 'Hillerød', lat: 55.93, lon: 12.3 },
  { code: '223', name: 'Hørsholm', lat: 55.88, lon: 12.5 },
  { code: '230', name: 'Rudersdal', lat: 55.81, lon: 12.47 }, // Holte
  { code: '240', name: 'Egedal', lat: 55.77, lon: 12.19 }, // Stenløse
  { code: '250', name: 'Frederikssund', lat: 55.84, lon: 12.07 },
  { code: '253', name: 'Greve', lat: 55.58, lon: 12.3 },
  { code: '259', name: 'Køge', lat: 55.46, lon: 12.18 },
  { code: '260', name: 'Halsnæs', lat: 55.97, lon: 12.02 }, // Frederiksværk
  { code: '265', name: 'Roskilde', lat: 55.64, lon: 12.08 },
  { code: '269', name: 'Solrød', lat: 55.53, lon: 12.22 }, // Solrød Strand
  { code: '270', name: 'Gribskov', lat: 56.02, lon: 12.2 }, // Helsinge
  { code: '306', name: 'Odsherred', lat: 55.92, lon: 11.67 }, // Nykøbing Sjælland
  { code: '316', name: 'Holbæk', lat: 55.72, lon: 11.71 },
  { code: '320', name: 'Faxe', lat: 55.26, lon: 12.12 },
  { code: '326', name: 'Kalundborg', lat: 55.68, lon: 11.09 },
  { code: '329', name: 'Ringsted', lat: 55.44, lon: 11.79 },
  { code: '330', name: 'Slagelse', lat: 55.4, lon: 11.35 },
  { code: '336', name: 'Stevns', lat: 55.31, lon: 12.39 }, // Store Heddinge
  { code: '340', name: 'Sorø', lat: 55.43, lon: 11.56 },
  { code: '350', name: 'Lejre', lat: 55.6, lon: 11.97 },
  { code: '360', name: 'Lolland', lat: 54.78, lon: 11.5 }, // Maribo
  { code: '370', name: 'Næstved', lat: 55.23, lon: 11.76 },
  { code: '376', name: 'Guldborgsund', lat: 54.77, lon: 11.87 }, // Nykøbing Falster
  { code: '390', name: 'Vordingborg', lat: 55.01, lon: 11.91 },
  { code: '400', name: 'Bornholm', lat: 55.1, lon: 14.7 }, // Rønne
  { code: '410', name: 'Middelfart', lat: 55.51, lon: 9.73 },
  { code: '420', name: 'Assens', lat: 55.27, lon: 9.9 },
  { code: '430', name: 'Faaborg-Midtfyn', lat: 55.24, lon: 10.48 }, // Ringe
  { code: '440', name: 'Kerteminde', lat: 55.45, lon: 10.66 },
  { code: '450', name: 'Nyborg', lat: 55.31, lon: 10.79 },
  { code: '461', name: 'Odense', lat: 55.4, lon: 10.39 },
  { code: '479', name: 'Svendborg', lat: 55.06, lon: 10.61 },
  { code: '480', name: 'Nordfyns', lat: 55.57, lon: 10.09 }, // Bogense
  { code: '482', name: 'Langeland', lat: 54.94, lon: 10.71 }, // Rudkøbing
  { code: '492', name: 'Ærø', lat: 54.89, lon: 10.41 }, // Ærøskøbing
  { code: '510', name: 'Haderslev', lat: 55.25, lon: 9.49 },
  { code: '530', name: 'Billund', lat: 55.76, lon: 8.93 }, // Grindsted
  { code: '540', name: 'Sønderborg', lat: 54.91, lon: 9.79 },
  { code: '550', name: 'Tønder', lat: 54.93, lon: 8.86 },
  { code: '561', name: 'Esbjerg', lat: 55.47, lon: 8.45 },
  { code: '563', name: 'Fanø', lat: 55.44, lon: 8.41 }, // Nordby
  { code: '573', name: 'Varde', lat: 55.62, lon: 8.48 },
  { code: '575', name: 'Vejen', lat: 55.48, lon: 9.14 },
  { code: '580', name: 'Aabenraa', lat: 55.04, lon: 9.42 },
  { code: '607', name: 'Fredericia', lat: 55.57, lon: 9.75 },
  { code: '615', name: 'Horsens', lat: 55.86, lon: 9.85 },
  { code: '621', name: 'Kolding', lat: 55.49, lon: 9.47 },
  { code: '630', name: 'Vejle', lat: 55.71, lon: 9.54 },
  { code: '657', name: 'Herning', lat: 56.14, lon: 8.97 },
  { code: '661', name: 'Holstebro', lat: 56.36, lon: 8.62 },
  { code: '665', name: 'Lemvig', lat: 56.55, lon: 8.31 },
  { code: '671', name: 'Struer', lat: 56.49, lon: 8.59 },
  { code: '706', name: 'Syddjurs', lat: 56.19, lon: 10.68 }, // Ebeltoft
  { code: '707', name: 'Norddjurs', lat: 56.42, lon: 10.88 }, // Grenaa
  { code: '710', name: 'Favrskov', lat: 56.27, lon: 10.07 }, // Hinnerup
  { code: '727', name: 'Odder', lat: 55.97, lon: 10.15 },
  { code: '730', name: 'Randers', lat: 56.46, lon: 10.04 },
  { code: '740', name: 'Silkeborg', lat: 56.17, lon: 9.55 },
  { code: '741', name: 'Samsø', lat: 55.84, lon: 10.6 }, // Tranebjerg
  { code: '746', name: 'Skanderborg', lat: 56.04, lon: 9.93 },
  { code: '751', name: 'Aarhus', lat: 56.16, lon: 10.2 },
  { code: '756', name: 'Ikast-Brande', lat: 56.14, lon: 9.16 }, // Ikast
  { code: '760', name: 'Ringkøbing-Skjern', lat: 56.09, lon: 8.24 }, // Ringkøbing
  { code: '766', name: 'Hedensted', lat: 55.77, lon: 9.7 },
  { code: '773', name: 'Morsø', lat: 56.79, lon: 8.86 }, // Nykøbing Mors
  { code: '779', name: 'Skive', lat: 56.57, lon: 9.03 },
  { code: '787', name: 'Thisted', lat: 56.96, lon: 8.69 },
  { code: '791', name: 'Viborg', lat: 56.45, lon: 9.4 },
  { code: '810', name: 'Brønderslev', lat: 57.27, lon: 9.94 },
  { code: '813', name: 'Frederikshavn', lat: 57.44, lon: 10.54 },
  { code: '820', name: 'Vesthimmerlands', lat: 56.8, lon: 9.52 }, // Aars
  { code: '825', name: 'Læsø', lat: 57.25, lon: 10.99 }, // Byrum
  { code: '840', name: 'Rebild', lat: 56.89, lon: 9.84 }, // Støvring
  { code: '846', name: 'Mariagerfjord', lat: 56.64, lon: 9.79 }, // Hobro
  { code: '849', name: 'Jammerbugt', lat: 57.16, lon: 9.73 }, // Aabybro
  { code: '851', name: 'Aalborg', lat: 57.05, lon: 9.92 },
  { code: '860', name: 'Hjørring', lat: 57.46, lon: 9.98 },
];

const BY_CODE: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}

export function isMunicipalityCode(code: string): boolean {
  return BY_CODE.has(code);
}

// Until staff choose their own: the Copenhagen-area municipalities, in the order the tiles show.
export const DEFAULT_FEATURED_MUNICIPALITIES: readonly string[] = [
  '101', // København
  '147', // Frederiksberg
  '165', // Albertslund
  '169', // Høje-Taastrup
  '183', // Ishøj
  '153', // Brøndby
  '167', // Hvidovre
  '175', // Rødovre
  '161', // Glostrup
  '187', // Vallensbæk
  '151', // Ballerup
  '159', // Gladsaxe
];
