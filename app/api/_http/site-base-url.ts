import type { AppConfig } from "@/lib/config/env";

/** The site's public address: PUBLIC_BASE_URL when set, else where this request came to. */
export function siteBaseUrl(config: AppConfig, request: Request): string {
  return (config.PUBLIC_BASE_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}
