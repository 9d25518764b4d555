import { parseJsonBody } from "@/lib/http/capped-body";
import { readCappedBody } from "./read-capped-body";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads at most `maxBytes` of JSON: 413 past that, 400 for anything that is not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const parsed = parseJsonBody(await readCappedBody(request, maxBytes), maxBytes);
  return parsed.ok ? parsed : { ok: false, response: Response.json(parsed.error, { status: parsed.status }) };
}
