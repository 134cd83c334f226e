// Said once per test run: whether the PostgreSQL half of the server's tests runs (see
// src/server/testing/engines.ts). Without a test database those tests are reported as skipped.
// Every project inherits this setup, so it notes in the environment that it has spoken.
export default function announceEngines(): void {
  if (process.env.TEST_DATABASE_URL?.trim() || process.env.VELKOMMEN_ENGINES_TOLD) return;
  process.env.VELKOMMEN_ENGINES_TOLD = '1';
  console.log(
    'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (bash .ci/run starts a throwaway PostgreSQL and sets it).',
  );
}
