import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEATURED_MUNICIPALITIES,
  MUNICIPALITIES,
  isMunicipalityCode,
  municipalityByCode,
} from './municipalities';

// Danmarks Statistik's list, written out a second time so a slip in either copy shows.
const OFFICIAL = `
101 København, 147 Frederiksberg, 151 Ballerup, 153 Brøndby, 155 Dragør,
157 Gentofte, 159 Gladsaxe, 161 Glostrup, 163 Herlev, 165 Albertslund, 167 Hvidovre,
169 Høje-Taastrup, 173 Lyngby-Taarbæk, 175 Rødovre, 183 Ishøj, 185 Tårnby,
187 Vallensbæk, 190 Furesø, 201 Allerød, 210 Fredensborg, 217 Helsingør,
219 Hillerød, 223 Hørsholm, 230 Rudersdal, 240 Egedal, 250 Frederikssund, 253 Greve,
259 Køge, 260 Halsnæs, 265 Roskilde, 269 Solrød, 270 Gribskov, 306 Odsherred,
316 Holbæk, 320 Faxe, 326 Kalundborg, 329 Ringsted, 330 Slagelse, 336 Stevns,
340 Sorø, 350 Lejre, 360 Lolland, 370 Næstved, 376 Guldborgsund, 390 Vordingborg,
400 Bornholm, 410 Middelfart, 420 Assens, 430 Faaborg-Midtfyn, 440 Kerteminde,
450 Nyborg, 461 Odense, 479 Svendborg, 480 Nordfyns, 482 Langeland, 492 Ærø,
510 Haderslev, 530 Billund, 540 Sønderborg, 550 Tønder, 561 Esbjerg, 563 Fanø,
573 Varde, 575 Vejen, 580 Aabenraa, 607 Fredericia, 615 Horsens, 621 Kolding,
630 Vejle, 657 Herning, 661 Holstebro, 665 Lemvig, 671 Struer, 706 Syddjurs,
707 Norddjurs, 710 Favrskov, 727 Odder, 730 Randers, 740 Silkeborg, 741 Samsø,
746 Skanderborg, 751 Aarhus, 756 Ikast-Brande, 760 Ringkøbing-Skjern, 766 Hedensted,
773 Morsø, 779 Skive, 787 Thisted, 791 Viborg, 810 Brønderslev, 813 Frederikshavn,
820 Vesthimmerlands, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt,
851 Aalborg, 860 Hjørring
`;

describe('MUNICIPALITIES', () => {
  it('holds the 98 municipalities with unique three-digit codes and unique names', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(98);
    for (const code of codes) expect(code).toMatch(/^[1-8]\d{2}$/);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
  });

  it('matches the official codes and names', () => {
    const official = OFFICIAL.split(',').map((entry) => {
      const [code, name] = entry.trim().split(' ');
      return { code, name };
    });
    expect(MUNICIPALITIES.map(({ code, name }) => ({ code, name }))).toEqual(official);
  });

  it('is in code order, from København to Hjørring', () => {
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect([...codes].sort()).toEqual(codes);
    expect(MUNICIPALITIES[0]?.name).toBe('København');
    expect(MUNICIPALITIES.at(-1)?.name).toBe('Hjørring');
  });
});

describe('municipalityByCode', () => {
  it('finds a municipality by its Danmarks Statistik code', () => {
    expect(municipalityByCode('101')?.name).toBe('København');
    expect(municipalityByCode('165')?.name).toBe('Albertslund');
    expect(municipalityByCode('169')?.name).toBe('Høje-Taastrup');
    expect(municipalityByCode('492')?.name).toBe('Ærø');
    expect(municipalityByCode('860')?.name).toBe('Hjørring');
  });

  it('finds nothing for codes that are not municipalities', () => {
    expect(municipalityByCode('411')).toBeUndefined(); // Christiansø is not a municipality
    expect(municipalityByCode('999')).toBeUndefined();
    expect(municipalityByCode('0101')).toBeUndefined();
    expect(municipalityByCode('')).toBeUndefined();
  });
});

describe('isMunicipalityCode', () => {
  it('accepts the 98 codes only', () => {
    expect(isMunicipalityCode('101')).toBe(true);
    expect(isMunicipalityCode('851')).toBe(true);
    for (const code of ['411', '100', '102', '101 ', ' 101', '10', '']) {
      expect(isMunicipalityCode(code), code).toBe(false);
    }
  });
});

describe('DEFAULT_FEATURED_MUNICIPALITIES', () => {
  it('names 12 distinct municipalities that exist', () => {
    expect(DEFAULT_FEATURED_MUNICIPALITIES.map((code) => municipalityByCode(code)?.name)).toEqual([
      'København',
      'Frederiksberg',
      'Albertslund',
      'Høje-Taastrup',
      'Ishøj',
      'Brøndby',
      'Hvidovre',
      'Rødovre',
      'Glostrup',
      'Vallensbæk',
      'Ballerup',
      'Gladsaxe',
    ]);
    expect(new Set(DEFAULT_FEATURED_MUNICIPALITIES).size).toBe(12);
  });
});
