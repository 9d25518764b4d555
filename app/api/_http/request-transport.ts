import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

/** Next fills `x-forwarded-proto` and `x-forwarded-for` from the socket unless a proxy in front already did. */
export function isSecureRequest(request: Request): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
}

/** The client's address as server.ts resolved it from the socket and the trusted proxies (TRUSTED_PROXIES). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
