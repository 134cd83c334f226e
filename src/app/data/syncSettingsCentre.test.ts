import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FEATURED_COUNTRIES } from '../../shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../shared/municipalities';
import { pairWithCode } from '../sync/ownKey';
import { db } from './db';
import { setDeviceId } from './device';
import { getKioskSettings, saveKioskSettings, updateKioskSettings } from './settings';
import { getPairedCentre, savePairedCentre } from './syncSettingsCentre';

const NØRREBRO = {
  id: '5f0c6c3e-8d5b-4c1e-9a51-3b1f0e2d9a11',
  name: 'Kvindehuset Nørrebro',
  featuredCountries: ['SY', 'IQ', 'AF'],
  featuredMunicipalities: ['101', '147'],
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceId('door-1');
});

describe('the centre a tablet is paired with', () => {
  it('is kept from the pairing answer, with its name and first tiles', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      Response.json(
        {
          deviceId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
          token: 'k3y0fTh1sTabl3tk3y0fTh1sTabl3tk3y0fTh1sTab',
          name: 'door-1',
          timeZone: 'Europe/Copenhagen',
          centre: NØRREBRO,
        },
        { status: 201 },
      );
    const outcome = await pairWithCode(
      { endpoint: 'https://velkommen.example.dk', code: 'K7QM-2XPD-9RWT-4HNB' },
      { fetch },
    );
    expect(outcome.ok).toBe(true);
    expect(await getPairedCentre()).toEqual({
      name: NØRREBRO.name,
      featuredCountries: ['SY', 'IQ', 'AF'],
      featuredMunicipalities: ['101', '147'],
    });
    const settings = await getKioskSettings();
    expect(settings.centreName).toBe(NØRREBRO.name);
    expect(settings.featuredCountries).toEqual(['SY', 'IQ', 'AF']);
    expect(settings.featuredMunicipalities).toEqual(['101', '147']);
  });

  it('gives way to what staff choose on this tablet, list by list', async () => {
    await savePairedCentre(NØRREBRO);
    await updateKioskSettings((current) => ({
      featuredCountries: current.featuredCountries.filter((code) => code !== 'IQ'),
    }));
    await saveKioskSettings({ centreName: 'Døren' });
    // The centre changes its defaults and the tablet is paired again.
    await savePairedCentre({
      ...NØRREBRO,
      featuredCountries: ['UA'],
      featuredMunicipalities: ['461'],
    });
    const settings = await getKioskSettings();
    expect(settings.featuredCountries).toEqual(['SY', 'AF']);
    expect(settings.centreName).toBe('Døren');
    // Another setting changed by staff never freezes the centre's municipalities into the tablet.
    expect(settings.featuredMunicipalities).toEqual(['461']);
  });

  it('leaves the app’s own tiles where the centre lists none, and skips codes it does not know', async () => {
    await savePairedCentre({
      ...NØRREBRO,
      featuredCountries: ['XX', 'TR'],
      featuredMunicipalities: [],
    });
    const settings = await getKioskSettings();
    expect(settings.featuredCountries).toEqual(['TR']);
    expect(settings.featuredMunicipalities).toEqual([...DEFAULT_FEATURED_MUNICIPALITIES]);
  });

  it('changes nothing on a tablet paired with a server from before centres', async () => {
    expect(await getPairedCentre()).toBeNull();
    const settings = await getKioskSettings();
    expect(settings.featuredCountries).toEqual([...DEFAULT_FEATURED_COUNTRIES]);
    expect(settings.centreName).toBe('');
  });
});
