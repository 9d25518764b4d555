import { householdInputSchema, householdListQuerySchema } from "@/lib/contracts/care";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { listHouseholdsFor, registerHousehold } from "@/lib/pipeline/care/household-registry";
import { appContext } from "../../_http/app-context";
import { careResponse } from "../../_http/care-response";
import { validationError } from "../../_http/error-response";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { requireActor } from "../../_http/require-actor";
import { careMaintainers, careReaders } from "../../_http/care-roles";

export const dynamic = "force-dynamic";

/** Registered households, by grid cell; masked for whoever has no need to know. */
export async function GET(request: Request): Promise<Response> {
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const query = householdListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const households = await listHouseholdsFor(app.pipeline, query.data, await careViewerOf(app.pipeline, who.actor));
  return Response.json({ households }, { headers: { "cache-control": "no-store" } });
}

/** Registers a household with its consent; audited. */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, careMaintainers);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 32 * 1024, householdInputSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  return careResponse(await registerHousehold(app.pipeline, parsed.data, await careViewerOf(app.pipeline, who.actor)), 201);
}
