// `npm run coordinator-token`: prints the coordinator token for a person who asks for it on the
// server, since the server itself never writes it to its log. The token is the one `npm start`
// uses: VELKOMMEN_COORDINATOR_TOKEN when set, else the one kept beside the database. Nothing is
// made here: with no token yet, it says to start the server once.
import { commandConfig, fail } from './cli';
import { keptTokens } from './auth/tokens';

const config = commandConfig();

if (config.coordinatorToken !== undefined) {
  console.log(config.coordinatorToken);
  console.error('(from VELKOMMEN_COORDINATOR_TOKEN)');
} else {
  let kept;
  try {
    kept = keptTokens(config.dbPath);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (kept.coordinator === undefined) {
    fail(
      `There is no coordinator token yet in ${kept.file}; start the server once with "npm start" and it makes one.`,
    );
  }
  console.log(kept.coordinator);
}
