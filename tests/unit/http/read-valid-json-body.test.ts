import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readValidJsonBody } from "@/app/api/_http/read-valid-json-body";

const schema = z.object({ count: z.number().int().min(1) });

function post(body: string) {
  return new Request("http://test.local/api/thing", { method: "POST", body });
}

describe("readValidJsonBody", () => {
  it("gives the parsed data when the body is valid", async () => {
    expect(await readValidJsonBody(post('{"count":2}'), 100, schema)).toEqual({ ok: true, data: { count: 2 } });
  });

  it("answers 400 naming the invalid field", async () => {
    const result = await readValidJsonBody(post('{"count":0}'), 100, schema);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(400);
    const body = await result.response.json();
    expect(body.error.code).toBe("invalid_body");
    expect(JSON.stringify(body)).toContain("count");
  });

  it("passes on the size and JSON refusals of the raw read", async () => {
    const tooLarge = await readValidJsonBody(post(JSON.stringify({ count: 1, pad: "x".repeat(500) })), 100, schema);
    if (tooLarge.ok) throw new Error("expected a refusal");
    expect(tooLarge.response.status).toBe(413);
    const notJson = await readValidJsonBody(post("{nope"), 100, schema);
    if (notJson.ok) throw new Error("expected a refusal");
    expect((await notJson.response.json()).error.code).toBe("invalid_json");
  });
});
