import { afterEach, describe, expect, it } from 'vitest';
import { loadListing, saveListing } from './listingStore';

const KEY = 'velkommen.coordinator.countries';

afterEach(() => localStorage.clear());

describe('the coordinator’s listed countries', () => {
  it('come back as saved, or as every country on its own row', () => {
    expect(loadListing(['TR'])).toEqual(['TR']);
    saveListing(['SY', 'UA']);
    expect(loadListing(['TR'])).toEqual(['SY', 'UA']);
    saveListing(null);
    expect(loadListing(['TR'])).toBeNull();
  });

  it('fall back to the default list for anything else kept under the key', () => {
    for (const kept of ['not json', '[]', '["TR", "XX"]', '[1]', '{"TR": true}']) {
      localStorage.setItem(KEY, kept);
      expect(loadListing(['TR']), kept).toEqual(['TR']);
    }
  });
});
