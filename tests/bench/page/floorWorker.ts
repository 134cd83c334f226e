// The floor of tap to durable: one record put with strict durability from a worker, on a database
// of its own with one store, nothing else done. It answers with the moment the put committed, on
// the shared clock (timeOrigin + now), as the check-in worker does.
const opened = new Promise<IDBDatabase>((resolve, reject) => {
  const request = indexedDB.open('bench-floor', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('records', { keyPath: 'id' });
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error ?? new Error('The floor database did not open.'));
});

self.onmessage = async (event: MessageEvent<{ id: string }>) => {
  const database = await opened;
  const transaction = database.transaction('records', 'readwrite', { durability: 'strict' });
  transaction.objectStore('records').put({ id: event.data.id, at: Date.now() });
  transaction.oncomplete = () =>
    self.postMessage({ ok: true, committedAt: performance.timeOrigin + performance.now() });
  transaction.onerror = () => self.postMessage({ ok: false, committedAt: Number.NaN });
};
