import { createBackoff } from "@/scripts/simulator/backoff";
import type { HttpClient, HttpOutcome } from "@/scripts/simulator/http-client";

const MAX_ATTEMPTS = 6;

const isTransient = (outcome: HttpOutcome) => outcome.kind === "unreachable" || outcome.status >= 500 || outcome.status === 429;

/**
 * POSTs until the server takes it or says no: a refused connection, a 5xx or a 429 is tried again after
 * the simulator's exponential backoff (every replay endpoint is idempotent, so a retry never doubles
 * anything), at most six times or until `stop` fires.
 */
export function postWithRetry(http: HttpClient, path: string, body: unknown, headers: Record<string, string>, stop: AbortSignal): Promise<HttpOutcome> {
  return retried(() => http.post(path, body, headers), stop);
}

/** The same for a body already written, such as a CAP alert's XML. */
export function postTextWithRetry(http: HttpClient, path: string, text: string, contentType: string, headers: Record<string, string>, stop: AbortSignal): Promise<HttpOutcome> {
  return retried(() => http.postText(path, text, contentType, headers), stop);
}

async function retried(send: () => Promise<HttpOutcome>, stop: AbortSignal): Promise<HttpOutcome> {
  const backoff = createBackoff(500, 8_000);
  let outcome = await send();
  for (let attempt = 1; attempt < MAX_ATTEMPTS && isTransient(outcome) && !stop.aborted; attempt++) {
    await sleep(backoff.recordFailure(Date.now()), stop);
    outcome = await send();
  }
  return outcome;
}

export function sleep(ms: number, stop: AbortSignal): Promise<void> {
  if (stop.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      stop.removeEventListener("abort", done);
      resolve();
    }
    stop.addEventListener("abort", done, { once: true });
  });
}
