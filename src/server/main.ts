// `npm start`: read the settings, open the database, build the app if needed, then serve it (and
// the API) until SIGINT or SIGTERM, which let open requests finish and close the database first.
// `npm start -- --no-build` serves the build that is there without checking it.
import { ConfigError, loadConfig } from './config';
import { ensureBuilt } from './ensureBuilt';
import { distDir, privateFolder, projectDir } from './project/paths';
import { databaseOwnershipProblem } from './project/ownership';
import { dirname } from 'node:path';
import { startServer } from './server';
import { lanAddresses, pairingEndpoint, startupMessage } from './startup';
import { pairingCodeLink } from '../shared/api/pairing';
import { DEFAULT_PAIRING_CODE_HOURS } from '../shared/api/devices';
import { openStore, storeDescription } from './store/open';
import { builtWriterEntry, startWriterThread, type ThreadedWriter } from './store/threadedWrites';
import { loadOrCreateTokens } from './auth/tokens';

/** Exit status for a start that cannot succeed until a person changes something (EX_CONFIG). */
const NEEDS_A_PERSON = 78;

function fail(message: string, status = 1): never {
  console.error(message);
  process.exit(status);
}

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message, NEEDS_A_PERSON);
  throw error;
}

const ownership = databaseOwnershipProblem(config.dbPath);
if (ownership !== null) fail(ownership, NEEDS_A_PERSON);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let store;
console.log(`Starting Velkommen: opening the database ${storeDescription(config)}…`);
try {
  store = await openStore(config);
} catch (error) {
  fail(`Velkommen could not open its database at ${storeDescription(config)}: ${messageOf(error)}`);
}
const db = store;
let server;
// The server build writes a SQLite file on a thread of its own (see store/threadedWrites.ts); run
// from its sources, it writes on the main thread, which behaves the same, only with less
// throughput. PostgreSQL's writes wait on the network, never on the event loop: no thread needed.
let writer: ThreadedWriter | undefined;
try {
  const entry = config.databaseUrl === undefined ? builtWriterEntry() : undefined;
  if (entry)
    writer = await startWriterThread({ entry, dbPath: config.dbPath, timeZone: config.timeZone });
  // The tokens file lives in VELKOMMEN_DB's folder, which the SQLite store would have made.
  if (config.databaseUrl !== undefined) {
    const note = privateFolder(dirname(config.dbPath));
    if (note !== null) console.warn(note);
  }
  const tokens = loadOrCreateTokens(config.dbPath, {
    ...(config.kioskToken ? { kiosk: config.kioskToken } : {}),
    ...(config.coordinatorToken ? { coordinator: config.coordinatorToken } : {}),
  });
  if (!process.argv.includes('--no-build')) ensureBuilt(projectDir, distDir);
  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  server = await startServer({
    port: config.port,
    hostname: config.host,
    distDir,
    store: db,
    ...(writer ? { writes: writer } : {}),
    tokens,
    origins: publicOrigin ? [...config.origins, publicOrigin] : config.origins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxVisitAgeDays: config.maxVisitAgeDays,
    trustedProxies: config.trustedProxies,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  const started = new Date();
  const expiresAt = new Date(started.getTime() + DEFAULT_PAIRING_CODE_HOURS * 3_600_000);
  const code = await db.devices.createPairingCode(started, expiresAt);
  const endpoint = pairingEndpoint({
    port: server.port,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  console.log(
    await startupMessage({
      url: server.url,
      port: server.port,
      dbPath: storeDescription(config),
      pairing: { link: pairingCodeLink(endpoint, code), expiresAt },
      newCoordinatorToken: tokens.created.includes('coordinator') ? tokens.coordinator : null,
      tokensFile: tokens.file,
      terminal: process.stdout.isTTY === true,
      lanAddresses: lanAddresses(server.port, config.host),
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    }),
  );
} catch (error) {
  await writer?.close();
  await db.close();
  fail(`Velkommen could not start: ${messageOf(error)}`);
}

const running = server;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests and stopping…`);
  let code = 0;
  try {
    await running.close();
  } catch (error) {
    console.error(`Stopping the server failed: ${messageOf(error)}`);
    code = 1;
  }
  await writer?.close();
  await db.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
