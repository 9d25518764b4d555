import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiRoutes } from "@/lib/contracts/api-routes";
import { roles } from "@/lib/contracts/roles";
import { INTAKE_PATH } from "@/lib/http/intake-endpoint";
import { SNAPSHOT_PATH } from "@/lib/http/snapshot-endpoint";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const apiDir = join(root, "app", "api");
const methodExport = /export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|export\s+const\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** `app/api/cases/[id]/route.ts` → `/api/cases/{id}`. */
function urlPathOf(file: string): string {
  const segments = relative(join(root, "app"), file).split(sep).slice(0, -1);
  return `/${segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

/** Each exported method of a route file with the text of its handler. */
function handlers(source: string): Map<string, string> {
  const found = [...source.matchAll(methodExport)];
  return new Map(found.map((m, i) => [m[1] ?? m[2]!, source.slice(m.index, found[i + 1]?.index ?? source.length)]));
}

/** The roles a handler passes to requireActor: a literal list or `roles` (everyone signed in); undefined when it does not call it. */
function requiredRoles(handler: string): readonly string[] | null | undefined {
  const call = /requireActor\(\s*\w+\s*,\s*(roles|\[[^\]]*\])\s*\)/.exec(handler);
  if (!call) return /requireActor\(/.test(handler) ? null : undefined;
  return call[1] === "roles" ? roles : [...call[1]!.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]!);
}

const key = (method: string, path: string) => `${method} ${path}`;

const served = new Map<string, string>();
for (const file of routeFiles(apiDir)) {
  for (const [method, handler] of handlers(readFileSync(file, "utf8"))) served.set(key(method, urlPathOf(file)), handler);
}
// The two routes server.ts answers itself, in front of Next.
const serverRoutes = [key("POST", INTAKE_PATH), key("GET", SNAPSHOT_PATH)];
const registered = new Map(apiRoutes.map((r) => [key(r.method, r.path), r]));

describe("the API route registry (lib/contracts/api-routes.ts)", () => {
  it("knows of every route server.ts serves itself", () => {
    const dispatched = [...readFileSync(join(root, "server.ts"), "utf8").matchAll(/\bis(\w+)Request\(req\)/g)].map((m) => m[1]);
    expect(dispatched, "server.ts serves a route of its own this test does not list").toEqual(["Intake", "Snapshot"]);
  });

  it("has every method of every route file, and of server.ts's own routes", () => {
    const missing = [...served.keys(), ...serverRoutes].filter((k) => !registered.has(k));
    expect(missing, "add these routes to lib/contracts/api-routes.ts and run npm run docs:api").toEqual([]);
  });

  it("lists no route that nothing serves", () => {
    const stale = [...registered.keys()].filter((k) => !served.has(k) && !serverRoutes.includes(k));
    expect(stale).toEqual([]);
  });

  it("lists each route once", () => {
    expect(registered.size).toBe(apiRoutes.length);
  });

  it("names the roles each route handler lets in", () => {
    const wrong = [...served].flatMap(([route, handler]) => {
      const required = requiredRoles(handler);
      const access = registered.get(route)?.access;
      if (!access || required === null) return [];
      const documented = access.kind === "roles" ? [...access.roles].sort() : undefined;
      const actual = required ? [...required].sort() : undefined;
      return JSON.stringify(documented) === JSON.stringify(actual) ? [] : [`${route}: handler ${JSON.stringify(actual)}, registry ${JSON.stringify(documented)}`];
    });
    expect(wrong).toEqual([]);
  });
});
