import type { HttpClient, HttpOutcome } from "./http-client";

export interface Sessions {
  /** A request as `username`, signing in first when needed (and again once when the session has lapsed). */
  get(username: string, path: string): Promise<HttpOutcome>;
  post(username: string, path: string, body: unknown): Promise<HttpOutcome>;
}

/**
 * The simulated people's sessions, one cookie per account as each phone or browser would hold. Sign-ins
 * run one at a time: each costs the server a password hash, and hundreds of workers start together.
 * An account the server does not know (no demo city) is reported once and then left alone.
 */
export function createSessions(http: HttpClient, password: string): Sessions {
  const cookies = new Map<string, string>();
  const refused = new Set<string>();
  const pending = new Map<string, Promise<string | null>>();
  let signInQueue: Promise<unknown> = Promise.resolve();

  const signIn = (username: string): Promise<string | null> => {
    const already = pending.get(username);
    if (already) return already;
    const attempt = signInQueue.then(async () => {
      const outcome = await http.post("/api/auth/sign-in", { username, password });
      const cookie = outcome.kind === "response" && outcome.ok ? outcome.setCookie[0]?.split(";")[0] : undefined;
      if (cookie) {
        cookies.set(username, cookie);
        return cookie;
      }
      if (outcome.kind === "response" && outcome.status === 401) {
        refused.add(username);
        console.warn(`cannot act as ${username}: the server has no such account (is it running the demo city, SEED_DEMO_CITY=1?)`);
      }
      return null;
    });
    signInQueue = attempt.catch(() => undefined);
    pending.set(username, attempt);
    void attempt.finally(() => pending.delete(username)).catch(() => undefined);
    return attempt;
  };

  const withSession = async (username: string, send: (cookie: string) => Promise<HttpOutcome>): Promise<HttpOutcome> => {
    if (refused.has(username)) return { kind: "unreachable", reason: `no account ${username}` };
    const cookie = cookies.get(username) ?? (await signIn(username));
    if (!cookie) return { kind: "unreachable", reason: `could not sign in as ${username}` };
    const outcome = await send(cookie);
    if (outcome.kind !== "response" || outcome.status !== 401) return outcome;
    cookies.delete(username);
    const renewed = await signIn(username);
    return renewed ? send(renewed) : outcome;
  };

  return {
    get: (username, path) => withSession(username, (cookie) => http.get(path, { cookie })),
    post: (username, path, body) => withSession(username, (cookie) => http.post(path, body, { cookie })),
  };
}
