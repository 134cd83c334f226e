// The little of PouchDB the bench page uses (pouchdb-browser ships no types of its own).
declare module 'pouchdb-browser' {
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    errors: unknown[];
  }

  interface PouchDatabase {
    bulkDocs(docs: readonly object[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
  }

  interface PouchDBStatic {
    new (name: string): PouchDatabase;
    replicate(
      source: PouchDatabase | string,
      target: PouchDatabase | string,
      options?: { batch_size?: number; batches_limit?: number },
    ): Promise<ReplicationResult>;
  }

  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
