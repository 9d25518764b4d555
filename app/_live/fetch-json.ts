import type { z } from "zod";

/** GET a same-origin JSON resource and check it against its contract. */
export async function fetchJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" }, signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return schema.parse(await response.json());
}
