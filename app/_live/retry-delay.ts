/** Exponential backoff for the screen's retries: 1 s, 2 s, 4 s … capped so a wall screen recovers soon after the server. */
export function retryDelayMs(attempt: number, maxMs = 15_000): number {
  return Math.min(maxMs, 1_000 * 2 ** attempt);
}
