import { createServer, get, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzippedJson, sendGzippedJson } from "@/lib/http/gzipped-json";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, GZIP;q=0.5", true],
    ["*", true],
    ["gzip;q=0, *", false],
    ["br, *;q=0", false],
    ["identity", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("sendGzippedJson", () => {
  const value = { seq: 7, cases: [{ id: "a", description: "积水 30 厘米" }] };

  async function send(acceptEncoding: string | undefined) {
    const server = createServer(async (_request, response) =>
      sendGzippedJson(response, await gzippedJson(value), acceptEncoding, { "cache-control": "no-store" }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    // node:http rather than fetch, which would undo the compression before the test could see it.
    const answer = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
      get(`http://127.0.0.1:${port}/`, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject),
    );
    server.close();
    return answer;
  }

  it("sends the compressed bytes to a client that takes gzip", async () => {
    const { headers, body } = await send("gzip, deflate");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["cache-control"]).toBe("no-store");
    expect(Number(headers["content-length"])).toBe(body.byteLength);
    expect(JSON.parse(gunzipSync(body).toString())).toEqual(value);
  });

  it("sends plain JSON to a client that does not", async () => {
    const { headers, body } = await send(undefined);
    expect(headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(body.toString())).toEqual(value);
  });
});
