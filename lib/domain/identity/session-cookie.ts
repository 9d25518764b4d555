import { SESSION_COOKIE } from "@/lib/contracts/identity";
import { SESSION_MAX_MS } from "./session-lifetime";

/** The session token from a `Cookie` header, or null. */
export function readSessionCookie(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return value === "" ? null : value;
  }
  return null;
}

/** The browser keeps the cookie as long as a session may live at most; the server decides when it really ends. */
export function sessionCookie(token: string, secure: boolean): string {
  return serialize(token, Math.floor(SESSION_MAX_MS / 1000), secure);
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize("", 0, secure);
}

function serialize(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, "Path=/", `Max-Age=${maxAgeSeconds}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}
