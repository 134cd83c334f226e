// `npm start`: build the app if needed, then serve it (and the API) until stopped.
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensureBuilt';
import { startServer } from './server';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

ensureBuilt(projectDir, distDir);
const server = await startServer({ port, distDir });
console.log(`Velkommen is running at ${server.url}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests and stopping…`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
