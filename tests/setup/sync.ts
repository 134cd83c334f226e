// The outbox tests run the tablet's code in Node: a real IndexedDB implementation stands in
// for the browser's, everything else (Dexie, fetch, the server, SQLite) is the real thing.
import 'fake-indexeddb/auto';
