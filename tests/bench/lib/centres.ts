// Centres on the measured server, made as a municipality would make them: the first centre (made
// at first start) and more through the product's own store, all in the centre's zone.
import { FIRST_CENTRE_ID } from '../../../src/server/store/centres';
import type { VisitStore } from '../../../src/server/store/VisitStore';
import { CENTRE_TIME_ZONE } from '../../../src/shared/time';

/** The ids of `count` centres: the first centre's, then `count - 1` added, named "Centre 2"… */
export async function addCentres(store: VisitStore, count: number, now: Date): Promise<string[]> {
  const ids = [FIRST_CENTRE_ID];
  for (let n = 2; n <= count; n++) {
    const centre = await store.centres.add(
      { name: `Centre ${n}`, timeZone: CENTRE_TIME_ZONE },
      now,
    );
    if (centre === 'exists') throw new Error(`Centre ${n} exists already.`);
    ids.push(centre.id);
  }
  return ids;
}
