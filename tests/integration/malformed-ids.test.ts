import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpErrorSchema } from "@/lib/contracts/http-error";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

const appDir = path.resolve(import.meta.dirname, "../../app");
const methodExport = /export\s+(?:async\s+function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g;

/** Every file named `name` under app/ whose path has a dynamic segment, as its URL pattern (`/api/cases/[id]`). */
function dynamicRoutes(name: "route.ts" | "page.tsx"): { pattern: string; file: string }[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name && file.includes("["))
    .map((file) => ({
      file: path.join(appDir, file),
      // Route groups `(name)` are not part of the URL.
      pattern: `/${path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`,
    }));
}

/** A well-formed value for each kind of segment, so that only the one under test is wrong. */
const wellFormed: Record<string, () => string> = {
  id: () => randomUUID(),
  absenceId: () => randomUUID(),
  token: () => "A".repeat(43),
  queue: () => "intake",
  jobId: () => "intake-0123456789abcdef0123456789abcdef",
};
const malformed = ["not-a-uuid", "1", "%27%3B--", `${randomUUID()}0`, "x".repeat(300)];
// Segments that are not UUIDs or tokens have malformed values of their own: "1" is a good job id.
const malformedFor: Record<string, readonly string[]> = {
  queue: ["not-a-queue", "1", "%27%3B--", "x".repeat(300)],
  jobId: ["%27%3B--", "a%20b", "x".repeat(300)],
};

/** The pattern's URLs with one segment malformed at a time, naming that segment. */
function malformedUrls(pattern: string): { url: string; segment: string }[] {
  const segments = [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  expect(segments.length).toBeGreaterThan(0);
  return segments.flatMap((segment) =>
    (malformedFor[segment] ?? malformed).map((value) => ({
      segment,
      url: pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
        if (name === segment) return value;
        const make = wellFormed[name];
        if (!make) throw new Error(`no well-formed value for [${name}] in ${pattern}: add one to the test`);
        return make();
      }),
    })),
  );
}

/** Every route and page with an id in its path answers a malformed one as the caller's mistake, never with a 500. */
describe("malformed ids in paths", () => {
  const prefix = uniquePrefix("ids");
  let database: ScratchDatabase;
  let server: RunningServer;
  const sessions: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["admin", "water"]) sessions[who] = await signInCookie(server.baseUrl, who);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("answers 400 naming the parameter (or 404) with a JSON error, on every API route and method", async () => {
    const routes = dynamicRoutes("route.ts");
    expect(routes.map((r) => r.pattern)).toContain("/api/cases/[id]");
    for (const { pattern, file } of routes) {
      const methods = [...readFileSync(file, "utf8").matchAll(methodExport)].map((m) => m[1]!);
      expect(methods, file).not.toEqual([]);
      for (const method of methods) {
        for (const { url, segment } of malformedUrls(pattern)) {
          for (const [who, cookie] of Object.entries(sessions)) {
            const response = await fetch(`${server.baseUrl}${url}`, {
              method,
              headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
              ...(method === "GET" || method === "HEAD" ? {} : { body: "{}" }),
            });
            const what = `${method} ${url} as ${who}: ${response.status}`;
            expect([400, 404], what).toContain(response.status);
            const body = httpErrorSchema.parse(await response.json());
            if (response.status === 400) {
              expect(body.error.code, what).toBe("invalid_id");
              expect(body.error.fields?.map((f) => f.path), what).toEqual([segment]);
            } else {
              expect(body.error.code, what).toBe("not_found");
            }
          }
        }
      }
    }
  });

  it("renders not-found, not an error page, on every page with an id in its path", async () => {
    const pages = dynamicRoutes("page.tsx");
    expect(pages.map((p) => p.pattern)).toContain("/track/[token]");
    for (const { pattern } of pages) {
      for (const { url } of malformedUrls(pattern)) {
        for (const [who, cookie] of Object.entries(sessions)) {
          const response = await fetch(`${server.baseUrl}${url}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
          expect(response.status, `GET ${url} as ${who}`).toBe(404);
        }
      }
    }
  });
});
