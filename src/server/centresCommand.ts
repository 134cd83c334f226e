// `npm run centres -- <command>`: the centres of the server, set up from the command line (the
// first set-up, before anyone has the coordinator page open), on the database `npm start` uses,
// SQLite or PostgreSQL alike. A new centre coordinator token is printed once, alone on stdout, so
// it can be piped; only its hash is kept.
import { parseArgs } from 'node:util';
import { CentreNameSchema, TimeZoneSchema, type Centre } from '../shared/api/centres';
import { DEFAULT_PAIRING_CODE_HOURS } from '../shared/api/devices';
import { pairingCodeLink } from '../shared/api/pairing';
import { commandConfig, fail } from './cli';
import { FIRST_CENTRE_ID } from './store/centres';
import { openStore } from './store/open';
import { pairingEndpoint } from './startup';
import type { VisitStore } from './store/VisitStore';

const USAGE = `Usage: npm run centres -- <command>
  list                                   every centre: id, name, time zone
  add --name "Name" [--zone Europe/Copenhagen]
  rename <centre id> --name "New name"
  zone <centre id> <IANA time zone>
  pairing-code <centre id>               a pairing link for one of the centre's tablets
  token <centre id> [--label "Who holds it"]
                                         a new centre coordinator token, shown this once
  withdraw-token <token id>`;

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { name: { type: 'string' }, zone: { type: 'string' }, label: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
const [command, ...rest] = positionals;
const config = commandConfig();

function name(raw: string | undefined): string {
  const parsed = CentreNameSchema.safeParse(raw?.trim());
  if (!parsed.success)
    fail('--name must be the centre’s name: one printable line of at most 64 characters.');
  return parsed.data;
}

function zone(raw: string | undefined): string {
  const parsed = TimeZoneSchema.safeParse(raw);
  if (!parsed.success) fail(`"${raw ?? ''}" is not an IANA time zone like Europe/Copenhagen.`);
  return parsed.data;
}

async function centre(store: VisitStore, id: string | undefined): Promise<Centre> {
  const found = id === undefined ? null : await store.centres.get(id);
  if (found === null)
    fail(`There is no centre with the id "${id ?? ''}"; "npm run centres -- list" shows them.`);
  return found;
}

const line = (c: Centre) => `${c.id}\t${c.name}\t${c.timeZone}`;

async function run(store: VisitStore): Promise<void> {
  const now = new Date();
  switch (command) {
    case 'list':
      for (const c of await store.centres.list()) console.log(line(c));
      return;
    case 'add': {
      const added = await store.centres.add(
        { name: name(values.name), timeZone: zone(values.zone ?? config.timeZone) },
        now,
      );
      if (added === 'exists') fail(`There is a centre named "${values.name ?? ''}" already.`);
      console.log(line(added));
      return;
    }
    case 'rename': {
      const found = await centre(store, rest[0]);
      const changed = await store.centres.change(found.id, { name: name(values.name) });
      if (changed === 'exists') fail(`There is a centre named "${values.name ?? ''}" already.`);
      if (changed !== null) console.log(line(changed));
      return;
    }
    case 'zone': {
      const found = await centre(store, rest[0]);
      const timeZone = zone(rest[1]);
      if (found.id === FIRST_CENTRE_ID && timeZone !== found.timeZone) {
        fail(
          'The first centre’s time zone is the server’s VELKOMMEN_TZ; change it there and restart the server.',
        );
      }
      const changed = await store.centres.change(found.id, { timeZone });
      if (changed !== null && changed !== 'exists') console.log(line(changed));
      return;
    }
    case 'pairing-code': {
      const found = await centre(store, rest[0]);
      const expiresAt = new Date(now.getTime() + DEFAULT_PAIRING_CODE_HOURS * 3_600_000);
      const code = await store.devices.createPairingCode(now, expiresAt, found.id);
      const endpoint = pairingEndpoint({
        port: config.port,
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      });
      console.log(pairingCodeLink(endpoint, code));
      console.error(`(pairs one tablet to ${found.name} until ${expiresAt.toISOString()})`);
      return;
    }
    case 'token': {
      const found = await centre(store, rest[0]);
      const made = await store.centres.addToken(
        found.id,
        values.label ?? 'Centre coordinator',
        now,
      );
      console.log(made.token);
      console.error(
        `(a coordinator token for ${found.name}, id ${made.id}; it is shown only this once)`,
      );
      return;
    }
    case 'withdraw-token': {
      const withdrawn =
        rest[0] === undefined ? null : await store.centres.revokeToken(rest[0], now);
      if (withdrawn === null)
        fail(`There is no centre coordinator token with the id "${rest[0] ?? ''}".`);
      console.log(
        `Withdrawn: ${withdrawn.label} (${withdrawn.id}) at ${withdrawn.revokedAt ?? ''}`,
      );
      return;
    }
    default:
      fail(USAGE);
  }
}

const store = await openStore(config);
try {
  await run(store);
} finally {
  await store.close();
}
