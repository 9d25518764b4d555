import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/app/api/_http/read-json-body";

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://test.local/api/events", { method: "POST", body, headers });
}

describe("readJsonBody", () => {
  it("parses JSON within the limit", async () => {
    const result = await readJsonBody(post('{"a":1}'), 100);
    expect(result).toEqual({ ok: true, value: { a: 1 } });
  });

  it("answers 413 when the body is larger than allowed, even without a content-length", async () => {
    const result = await readJsonBody(post(JSON.stringify({ text: "x".repeat(500) })), 100);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
  });

  it("answers 413 from the declared length before reading", async () => {
    const result = await readJsonBody(post("{}", { "content-length": "1000000" }), 100);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(413);
  });

  it("answers 400 invalid_json for something that is not JSON", async () => {
    const result = await readJsonBody(post("{nope"), 100);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(400);
    expect((await result.response.json()).error.code).toBe("invalid_json");
  });
});
