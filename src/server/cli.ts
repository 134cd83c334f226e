// What the server's commands (backup, restore, coordinator-token, copy-database) share: a failure
// is one sentence on stderr and exit status 1, and the settings are npm start's own, so each
// command works on the database the server uses.
import { ConfigError, loadConfig, type Config } from './config';

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The server's settings, or a sentence naming the bad one and exit 1. */
export function commandConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}
