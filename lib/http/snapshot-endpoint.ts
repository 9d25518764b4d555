import type { IncomingMessage, ServerResponse } from "node:http";
import { httpError } from "@/lib/contracts/http-error";
import { maskCaseSummary } from "@/lib/domain/identity/mask-case-summary";
import { mayReadScreenText, screenRefusal } from "@/lib/domain/identity/screen-access";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { loadScreenSnapshot, type ScreenSnapshotSources } from "@/lib/pipeline/load-screen-snapshot";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { shareInFlight } from "@/lib/runtime/share-in-flight";
import { gzippedJson, sendGzippedJson } from "./gzipped-json";
import { isRequestFor } from "./request-path";
import { sendJson } from "./send-json";

export const SNAPSHOT_PATH = "/api/snapshot";

export interface SnapshotEndpointDeps extends ScreenSnapshotSources {
  publicScreen: boolean;
}

export function isSnapshotRequest(request: IncomingMessage): boolean {
  return isRequestFor(request, SNAPSHOT_PATH);
}

/**
 * GET /api/snapshot on Node's own HTTP server, in front of Next: a snapshot holds up to 100,000 cases
 * (about 45 MB of JSON, 3 MB gzipped), and screens that ask together, as all do when a web process
 * restarts, share one query, one serialization and one compression. Next would compress the body again
 * for every screen. Sharing is safe: each screen replays the deltas after the snapshot's seq. Screens
 * that may not see reporters' numbers (anonymous, leaders) get the cases' text masked, in a body of their own.
 */
export function createSnapshotEndpoint(deps: SnapshotEndpointDeps) {
  const sharedSnapshot = shareInFlight(() => loadScreenSnapshot(deps, new Date()));
  const fullTextBody = shareInFlight(async () => gzippedJson(await sharedSnapshot()));
  const maskedBody = shareInFlight(async () => {
    const snapshot = await sharedSnapshot();
    return gzippedJson({ ...snapshot, cases: snapshot.cases.map(maskCaseSummary) });
  });

  return async function serveSnapshot(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Node sends no body in answer to HEAD by itself.
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendJson(response, 405, httpError("method_not_allowed", "use GET"), { allow: "GET, HEAD" });
    }
    const token = readSessionCookie(request.headers.cookie);
    const session = token ? await resolveSession(deps.db, token, new Date()) : null;
    const refusal = screenRefusal(session?.actor ?? null, deps.publicScreen);
    if (refusal) return sendJson(response, refusal.status, httpError(refusal.code, refusal.message));
    const body = mayReadScreenText(session?.actor ?? null) ? fullTextBody : maskedBody;
    sendGzippedJson(response, await body(), request.headers["accept-encoding"], { "cache-control": "no-store" });
  };
}
