/** Next fills `x-forwarded-proto` and `x-forwarded-for` from the socket unless a proxy in front already did. */
export function isSecureRequest(request: Request): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
}

/** The client's address as the nearest proxy (or Next) reports it: the first entry of X-Forwarded-For. */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
