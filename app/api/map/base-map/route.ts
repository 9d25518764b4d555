import { baseMapFor } from "@/lib/config/base-map";
import { appContext } from "../../_http/app-context";

export const dynamic = "force-dynamic";

/**
 * Public: every page with a map asks, the resident's report form included. A Mapbox token is a
 * browser's token anyway (mapbox-gl sends it with every request); restrict it to the site's URLs at Mapbox.
 */
export async function GET(): Promise<Response> {
  const { config } = await appContext();
  return Response.json(baseMapFor(config), { headers: { "cache-control": "no-store" } });
}
