// The floors of the tablet's measurements: the same work done the plainest way the browser allows,
// on the same rows, in the same run. Each figure of ours is judged as a multiple of its floor, so
// a slower or busier machine moves both alike. Reads go straight to IndexedDB (the connection
// Dexie holds, no Dexie on the way), CSV text comes from papaparse's unparse, the library a
// coordinator would pick, and sending is one request to a server that only counts the bytes.
import Papa from 'papaparse';
import { db } from '../../../src/app/data/db';
import type { Visit } from '../../../src/shared/visit';
import { apiRecord } from '../../../src/shared/visitFields';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('An IndexedDB read failed.'));
  });
}

function store(name: 'visits' | 'outbox'): IDBObjectStore {
  return db.backendDB().transaction(name, 'readonly').objectStore(name);
}

/** The rows of [from, to] by the local-date index, in one getAll. */
function rowsBetween(from: string, to: string): Promise<unknown[]> {
  return done(store('visits').index('localDate').getAll(IDBKeyRange.bound(from, to)));
}

/** The floor of today's figures: the day's rows read, nothing counted. */
export async function readDays(days: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const day of days) {
    const start = performance.now();
    await rowsBetween(day, day);
    times.push(performance.now() - start);
  }
  return times;
}

/** Reading the period's rows alone, in milliseconds: how much of the CSV floor is the reading. */
export async function readBetween(from: string, to: string): Promise<number> {
  const start = performance.now();
  await rowsBetween(from, to);
  return performance.now() - start;
}

/** The floor of the CSV export: the period's rows read and written as CSV by papaparse. */
export async function unparseBetween(from: string, to: string): Promise<number> {
  const rows = await rowsBetween(from, to);
  const blob = new Blob([Papa.unparse(rows as object[], { delimiter: ';' })], {
    type: 'text/csv',
  });
  if (blob.size === 0) throw new Error('papaparse made an empty file.');
  return rows.length;
}

/** The floor of sync: every queued record read and sent as one body to a counting server. */
export async function sendOutboxOnce(url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const rows = (await done(store('outbox').getAll())) as Visit[];
  // As the sync loop sends them: the API's record, without the outbox's own key.
  const visits = rows.map((row: Visit) => apiRecord(row));
  const body = JSON.stringify({ visits });
  const response = await fetch(url, { method: 'POST', body });
  const counted = Number(await response.text());
  const ms = performance.now() - start;
  if (!response.ok || counted !== new TextEncoder().encode(body).length) {
    throw new Error(`The counting server answered ${response.status}, ${counted} bytes.`);
  }
  return { ms, bytes: counted };
}

const worker = new Worker(new URL('./floorWorker.ts', import.meta.url), { type: 'module' });
let nextPut = 0;

/** The floor of tap to durable: one record put with strict durability on a worker. */
export function putOnWorker(): Promise<number> {
  const id = `floor-${nextPut++}`;
  return new Promise((resolve, reject) => {
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ ok: boolean; committedAt: number }>) => {
        if (event.data.ok) resolve(event.data.committedAt - performance.timeOrigin);
        else reject(new Error('The floor put failed.'));
      },
      { once: true },
    );
    worker.postMessage({ id });
  });
}
