import { listIssuedAlerts } from "@/lib/db/repositories/alerts.repository";
import { alertAtomFeed } from "@/lib/domain/alerts/alert-feed";
import { appContext } from "../../_http/app-context";
import { siteBaseUrl } from "../../_http/site-base-url";

export const dynamic = "force-dynamic";

/** The city's own warnings as an Atom feed, newest first, each linking its CAP 1.2 document. */
export async function GET(request: Request): Promise<Response> {
  const app = await appContext();
  const alerts = await listIssuedAlerts(app.database.db, 50);
  const feed = alertAtomFeed(alerts, { baseUrl: siteBaseUrl(app.config, request), title: "一屏统览 城市预警 · City warnings", now: new Date() });
  return new Response(feed, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-cache" } });
}
