import { httpErrorSchema, resourceSummarySchema, type ResourceActionRequest, type ResourceSummary } from "@/lib/contracts";

export type ResourceActionResult =
  | { kind: "done"; resource: ResourceSummary }
  | { kind: "conflict" }
  | { kind: "signed_out" }
  | { kind: "failed"; code: string; message: string };

/** POST one move of a resource on the version the caller saw, and say plainly how it went. */
export async function postResourceAction(resourceId: string, request: ResourceActionRequest): Promise<ResourceActionResult> {
  try {
    const response = await fetch(`/api/resources/${resourceId}/actions`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { kind: "done", resource: resourceSummarySchema.parse((body as { resource: unknown }).resource) };
    if (response.status === 401) return { kind: "signed_out" };
    const error = httpErrorSchema.safeParse(body);
    if (error.success && error.data.error.code === "version_conflict") return { kind: "conflict" };
    return error.success ? { kind: "failed", code: error.data.error.code, message: error.data.error.message } : { kind: "failed", code: "http_error", message: `HTTP ${response.status}` };
  } catch (error) {
    return { kind: "failed", code: "network", message: (error as Error).message };
  }
}
