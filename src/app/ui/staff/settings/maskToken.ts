/**
 * A token as the settings show it: enough to tell two tokens apart (its last four characters),
 * never enough to use it.
 */
export function maskToken(token: string): string {
  const shown = token.length >= 16 ? token.slice(-4) : '';
  return `${'•'.repeat(8)}${shown}`;
}
