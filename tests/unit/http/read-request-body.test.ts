import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonBody } from "@/lib/http/capped-body";
import { readRequestBody } from "@/lib/http/read-request-body";

const LIMIT = 100;
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    void readRequestBody(request, LIMIT).then((body) => {
      const parsed = parseJsonBody(body, LIMIT);
      response.writeHead(parsed.ok ? 200 : parsed.status, { "content-type": "application/json" });
      response.end(JSON.stringify(parsed.ok ? parsed.value : parsed.error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `chunks` as a chunked body (no Content-Length), one write each. */
function post(chunks: string[], headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("readRequestBody on Node's server", () => {
  it("reads a body arriving in several chunks", async () => {
    expect(await post(['{"a":', '"b"}'])).toEqual({ status: 200, body: '{"a":"b"}' });
  });

  it("answers 413 to a chunked body that streams past the limit, and the answer reaches the client", async () => {
    const answer = await post(Array.from({ length: 20 }, () => "x".repeat(50)));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("body_too_large");
  });

  it("refuses a declared length over the limit before reading", async () => {
    const answer = await post(["{}"], { "content-length": "2" });
    expect(answer.status).toBe(200);
    const refused = await post(["x".repeat(200)], { "content-length": "200" });
    expect(refused.status).toBe(413);
  });

  it("answers 400 to an empty body and to one that is not JSON", async () => {
    expect((await post([])).status).toBe(400);
    expect(JSON.parse((await post(["{nope"])).body).error.code).toBe("invalid_json");
  });
});
