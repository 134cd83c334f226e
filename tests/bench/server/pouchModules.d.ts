// The little of PouchDB's server side the benchmarks use (these packages ship no types).
declare module 'pouchdb-core' {
  interface PouchDBConstructor {
    plugin(plugin: unknown): PouchDBConstructor;
    defaults(options: { adapter: string }): PouchDBConstructor;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Handler = (request: IncomingMessage, response: ServerResponse) => void;
  function expressPouchDB(
    PouchDB: unknown,
    options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; inMemoryConfig?: boolean },
  ): Handler;
  export default expressPouchDB;
}
