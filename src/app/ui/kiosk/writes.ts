// What the kiosk writes: a chunk of its own, with the visit's schema and dates, because the first
// screen writes nothing. It is fetched in the background once the first screen is up (chunks.ts),
// so a tap on "save" finds it there; the check-in worker is started then too.
export { recordCheckInDurably, startCheckInWorker } from '../../data/checkInThread';
export { undoCheckIn } from '../../data/checkins';
export { StorageFullError } from '../../data/db';
