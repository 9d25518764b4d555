import { z } from "zod";
import { burstDispatchResultSchema } from "./burst-dispatch";
import { alertIssuedSchema, alertListSchema, alertStoredSchema, issueAlertRequestSchema } from "./cap-alert";
import { caseActionRequestSchema, caseDetailSchema } from "./case-detail";
import { caseListSchema, caseQuerySchema } from "./case-query";
import { caseSummarySchema } from "./case-summary";
import { baseMapSchema } from "./base-map";
import {
  absenceInputSchema,
  careAlertDetailSchema,
  careAlertListSchema,
  careAlertQuerySchema,
  careAlertSummarySchema,
  careOutcomeInputSchema,
  householdHistorySchema,
  householdInputSchema,
  householdListQuerySchema,
  householdListSchema,
  householdPatchSchema,
  householdViewSchema,
} from "./care";
import { catalogueResponseSchema } from "./catalogue";
import { deadLetterRetryRequestSchema, deadLetterRetryResultSchema, deadLettersResponseSchema } from "./dead-letters";
import { duplicatesResponseSchema } from "./duplicates";
import { eventAcceptedSchema, eventReportSchema } from "./event-report";
import { forecastListSchema, forecastSchema, forecastStoredSchema } from "./forecast";
import { forecastQuerySchema } from "./forecast-feed";
import { healthSchema } from "./health";
import { hotlineKpiQuerySchema, hotlineKpiResponseSchema } from "./hotline-kpi";
import { meResponseSchema, signInRequestSchema, signInResponseSchema } from "./identity";
import { myTasksQuerySchema, myTasksResponseSchema } from "./my-tasks";
import { casePhotosQuerySchema, casePhotosResponseSchema, uploadedPhotoSchema } from "./photo";
import {
  resourceActionRequestSchema,
  resourceDetailSchema,
  resourceDispatchRequestSchema,
  resourceDispatchResultSchema,
  resourceListSchema,
  resourceQuerySchema,
  resourceSuggestionQuerySchema,
  resourceSuggestionsSchema,
  resourceSummarySchema,
} from "./resource";
import { roles, type Role } from "./roles";
import { readingColumnsSchema, readingRowsSchema, readingsIngestedSchema } from "./sensor-readings";
import { riskMapSchema, riskQuerySchema } from "./risk";
import { riskActionRequestSchema, riskActionResultSchema, riskCellActionsQuerySchema, riskCellActionsSchema } from "./risk-action";
import { screenModeRequestSchema, screenModeSchema } from "./screen-mode";
import { snapshotSchema } from "./snapshot";
import { summonRatingSchema, summonRequestSchema, summonViewSchema } from "./summons";
import { trackingRatingRequestSchema, trackingViewSchema } from "./tracking";
import { typhoonTimelineQuerySchema, typhoonTimelineSchema } from "./typhoon-timeline";
import { workerSuggestionsSchema } from "./worker-suggestion";
import { dutyChangeSchema, positionsAcceptedSchema, workerPositionBatchSchema, workerSummarySchema } from "./worker-summary";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call a route. */
export type RouteAccess =
  | { kind: "public"; note?: string }
  /** A live session whose role is listed (401 without a session, 403 for another role). */
  | { kind: "roles"; roles: readonly Role[]; note?: string }
  /** `Authorization: Bearer <token>` when the variable is set; anyone while it is unset. */
  | { kind: "gateway-token"; variable: "SENSOR_GATEWAY_TOKEN" | "POSITIONS_GATEWAY_TOKEN" | "WEATHER_GATEWAY_TOKEN" }
  /** Whoever holds the private tracking link `/track/{token}`; no session. */
  | { kind: "tracking-link" }
  /** The wall screen's rule: operator, leader, dispatcher, admin, and viewers without a session while PUBLIC_SCREEN is on. */
  | { kind: "screen-viewers" };

export interface ApiRoute {
  method: HttpMethod;
  /** `/api/...` with path parameters as `{name}`. */
  path: string;
  access: RouteAccess;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** What the body is when no schema says it (multipart, binary). */
  bodyNote?: string;
  /** The success answer's body. */
  response?: z.ZodType;
  responseNote?: string;
  /** Every status the route answers with, and when; errors carry `httpErrorSchema`. */
  statuses: Readonly<Record<number, string>>;
}

const everyone = roles;
const signedIn = { kind: "roles", roles: everyone } as const;
const desk = ["dispatcher", "admin"] as const satisfies readonly Role[];
const session = { 401: "no live session", 403: "role not allowed" } as const;
const json = { 400: "not JSON, or a field is wrong (`error.fields` names it)", 413: "body too large" } as const;
const resourceViewers = ["operator", "leader", "dispatcher", "admin", "department_staff"] as const satisfies readonly Role[];
const resourceStaffNote = "department staff: the resources their department runs (民政 shelters, 水务 pumps, 应急管理局 depots, teams, vehicles)";
const stale = { 409: "the case changed since `expectedVersion`; `current` holds its version and stage" } as const;
const careReaders = ["grid_worker", "department_staff", "dispatcher", "operator", "leader", "admin"] as const satisfies readonly Role[];
const careMaintainers = ["grid_worker", "department_staff", "dispatcher", "admin"] as const satisfies readonly Role[];
const careMasking =
  "whole for the desk (dispatcher, operator, admin), the household's grid worker, the workers of its grid and the community staff of its grid (civil affairs assigned to that cell); masked for everyone else (name 张*, street-level address, masked phones, no position, never the ID number)";
const careScope = "grid workers: households of their own grid or their own; department staff: civil-affairs community staff, households of their community's cells";

/**
 * Every HTTP route of tonglan: the app/api route files and the two routes server.ts serves itself.
 * docs/api.md is generated from this list (npm run docs:api); a unit test checks that every route
 * file's methods are here.
 */
export const apiRoutes: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/events",
    access: { kind: "public", note: "with a session cookie the user is the reporter" },
    summary:
      "One event from any channel, served by server.ts in front of Next. `Idempotency-Key` header (else the body's `id`) makes retries safe; answered once Redis holds the event in an intake job, and every 202 becomes a case. `location` or else `address`: an address naming a district is placed at its centre (位置约略, not auto-dispatched), any other waits as 待定位; a dispatcher then `locate`s it. `description` may be empty (the case shows its category's name); `category: other` (其他) waits at the desk. Free text keeps newlines and tabs, drops other control characters and replaces lone surrogates with U+FFFD.",
    body: eventReportSchema,
    response: eventAcceptedSchema,
    statuses: {
      202: "queued",
      400: "not JSON, a wrong field (e.g. |lat| > 85.05112878, no location nor address) or a wrong Idempotency-Key",
      405: "not POST",
      413: "larger than MAX_EVENT_BYTES",
      429: "past the intake limits per client address, user or key (`Retry-After`)",
      503: "Redis unavailable: retry with the same key",
    },
  },
  {
    method: "GET",
    path: "/api/snapshot",
    access: { kind: "screen-viewers" },
    summary:
      "The wall screen's starting state as of `seq` (open cases first, then those finished in the last day, up to 100,000), served gzipped by server.ts; screens asking together share one query. HEAD too.",
    response: snapshotSchema,
    statuses: { 200: "the snapshot", 401: "no session while PUBLIC_SCREEN is off", 403: "a signed-in role other than the screen's", 405: "not GET or HEAD" },
  },
  {
    method: "POST",
    path: "/api/workers/positions",
    access: { kind: "gateway-token", variable: "POSITIONS_GATEWAY_TOKEN" },
    summary:
      "Phone GPS pings in batches of `[workerId, lat, lng]`, latest wins: kept in the Redis GEO set and pushed to screens. A fix farther from the worker's last one than 200 km/h (of SLA time) plus 100 m of drift allows is dropped and its index listed in `tooFast`; a worker's first fix is taken anywhere in the city.",
    body: workerPositionBatchSchema,
    response: positionsAcceptedSchema,
    statuses: { 202: "stored, but for the fixes listed in `tooFast`", ...json, 400: "a wrong tuple, or one more than 50 km outside the city: nothing of the batch is kept", 401: "wrong or missing bearer token", 503: "Redis unavailable" },
  },
  {
    method: "POST",
    path: "/api/sensors/readings",
    access: { kind: "gateway-token", variable: "SENSOR_GATEWAY_TOKEN" },
    summary:
      "A gateway's batch of readings, as rows or as columns (at most 10,000, 4 MB). Stored once each; a threshold crossing becomes an event on channel `sensor`. Unknown sensors are named in `rejected`, not stored.",
    body: z.union([readingRowsSchema, readingColumnsSchema]),
    response: readingsIngestedSchema,
    statuses: { 200: "stored", ...json, 401: "wrong or missing bearer token", 413: "over 10,000 readings or 4 MB", 503: "nothing stored: send the same batch again" },
  },
  {
    method: "POST",
    path: "/api/forecasts",
    access: { kind: "gateway-token", variable: "WEATHER_GATEWAY_TOKEN" },
    summary:
      "A weather service's tropical-cyclone forecast (at most 128 KB): the analysis and forecast positions with pressure, max wind and wind radii, and the cone's radius by lead time; each point's `validAt` is `issuedAt` plus its `leadHours`. Stored once per source, storm id and issue instant and pushed to screens as a `forecast` delta; a resend answers 200 with `duplicate: true` and changes nothing.",
    body: forecastSchema,
    response: forecastStoredSchema,
    statuses: { 201: "stored", 200: "the same source, storm and issue time was stored before (`duplicate: true`)", ...json, 401: "wrong or missing bearer token", 503: "not stored: send it again" },
  },
  {
    method: "GET",
    path: "/api/forecasts",
    access: { kind: "roles", roles: ["operator", "leader", "dispatcher", "admin"] },
    summary: "Forecasts issued between `since` and `until` (ISO instants, either may be left out), oldest first: the latest 200 of the window. Their lead-0 points are the storm's past track.",
    query: forecastQuerySchema,
    response: forecastListSchema,
    statuses: { 200: "the forecasts", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "GET",
    path: "/api/risk",
    access: { kind: "roles", roles: ["operator", "leader", "dispatcher", "admin"] },
    summary:
      "The latest flood-risk map for a `horizon` (1h, 3h or 6h; docs/risk.md): the grid cells scoring at least 0.1 (at most 100), highest first, each with its reasons in numbers. Recomputed after readings or a forecast arrive (debounced to 30 SLA seconds, at least 5 s) and pushed to screens as a `risk` delta with the top 10; `computedAt` is null before the first computation.",
    query: riskQuerySchema,
    response: riskMapSchema,
    statuses: { 200: "the latest computation", 400: "a wrong or missing `horizon`", ...session },
  },
  {
    method: "GET",
    path: "/api/risk/cells/{cell}/actions",
    access: { kind: "roles", roles: ["operator", "leader", "dispatcher", "admin"] },
    summary:
      "A risk point's latest risk for a `horizon` (score, reasons, `computedAt`) and what to send there (docs/risk.md, From risk to action): the nearest available pump truck with its ETA, the nearest depot holding the bags the cell needs with its stock after, the nearest shelter with room for the cell's evacuees (a closed one is opened) with the places left, and the vulnerable households registered in the cell, " +
      careMasking +
      ". Nothing is sent.",
    query: riskCellActionsQuerySchema,
    response: riskCellActionsSchema,
    statuses: { 200: "the risk and its suggestions", 400: "a malformed `cell` or a wrong `horizon` (named)", ...session, 404: "the cell has no risk in the latest computation" },
  },
  {
    method: "POST",
    path: "/api/risk/cells/{cell}/actions",
    access: { kind: "roles", roles: desk },
    summary:
      "One click on a suggestion: a 防汛预置 (`flood_prevention`) case at the cell's centre, channel `risk`, with the risk of the computation the client saw (`horizon`, `computedAt`: score, reasons) in its history (`risk_action`), and the resource moved by its own action — a pump `dispatch`ed to the case (en route), the bags `take`n from the depot, a closed shelter `open`ed — pushed as deltas. `clientKey` makes it idempotent: the same key again sends nothing and answers with the first request's case (200, `created: false`).",
    body: riskActionRequestSchema,
    response: riskActionResultSchema,
    statuses: {
      200: "the key was seen before: its case, nothing sent again",
      201: "the case opened and the resource moved",
      ...json,
      ...session,
      404: "the cell has no risk in the computation at `computedAt`",
      409: "the resource can no longer serve the point (`resource_unavailable`; `caseId` when the case had opened), or the same key is still being carried out (`in_progress`)",
      422: "`resourceId` names no resource (`unknown_resource`) or one of another kind (`wrong_kind`), or `clientKey` was used for another action (`client_key_reused`)",
    },
  },
  {
    method: "GET",
    path: "/api/catalogue",
    access: { kind: "public", note: "reference data only: residents report without an account" },
    summary: "Categories (the service catalogue with SLA minutes and skills), departments and districts.",
    response: catalogueResponseSchema,
    statuses: { 200: "the catalogue" },
  },
  {
    method: "GET",
    path: "/api/map/base-map",
    access: { kind: "public", note: "every page with a map asks, the resident's report form too; a Mapbox token is a browser's token" },
    summary: "The base map the server is configured with (MAP_STYLE_URL, MAPBOX_TOKEN): the bundled style, a MapLibre style, a PMTiles archive, or Mapbox's.",
    response: baseMapSchema,
    statuses: { 200: "the base map" },
  },
  {
    method: "GET",
    path: "/api/map/files/{name}",
    access: { kind: "public", note: "the files of MAP_FILES_DIR: styles, PMTiles archives, sprites" },
    summary: "A file of MAP_FILES_DIR, whole or one byte range of it (`Range: bytes=…`, as PMTiles reads archives).",
    responseNote: "the file's bytes with its Content-Type (application/vnd.pmtiles, application/json, …), `Accept-Ranges: bytes` and an ETag",
    statuses: {
      200: "the whole file",
      206: "the range asked for, with Content-Range",
      400: "the name is not a plain file name (`error.fields` names it)",
      404: "no such file, or MAP_FILES_DIR is not set",
      416: "the range starts beyond the file's end",
    },
  },
  {
    method: "GET",
    path: "/api/health",
    access: { kind: "public" },
    summary: "Readiness: this process's role and database kind, and whether it reaches Redis and its database, each probed with a 2 s limit.",
    response: healthSchema,
    statuses: { 200: "ready: Redis and the database answer", 503: "not ready: one of them does not (same body, `ok: false`)" },
  },
  {
    method: "GET",
    path: "/api/dead-letters",
    access: { kind: "roles", roles: ["operator", "admin"], note: "raw payloads, phone numbers included" },
    summary: "Jobs that failed for good, newest first (100 at most), and how many there are.",
    response: deadLettersResponseSchema,
    statuses: { 200: "the dead letters", ...session },
  },
  {
    method: "POST",
    path: "/api/dead-letters/retry",
    access: { kind: "roles", roles: ["admin"] },
    summary: "Queues every dead-lettered job again (or those of `queue`) in its own queue under its own id; an empty body means every queue.",
    body: deadLetterRetryRequestSchema,
    response: deadLetterRetryResultSchema,
    statuses: { 200: "what was queued again and what was left", ...json, ...session },
  },
  {
    method: "POST",
    path: "/api/dead-letters/{queue}/{jobId}/retry",
    access: { kind: "roles", roles: ["admin"] },
    summary: "Queues one dead-lettered job again: `jobId` is its id in `queue` (the `jobId` field of GET /api/dead-letters).",
    response: deadLetterRetryResultSchema,
    statuses: { 200: "queued again, or left with the reason", ...session, 404: "no dead letter of that job" },
  },
  {
    method: "POST",
    path: "/api/auth/sign-in",
    access: { kind: "public" },
    summary: "Username and password → the session cookie `tonglan_session` and the role's home page. 10 attempts a minute per username and address.",
    body: signInRequestSchema,
    response: signInResponseSchema,
    statuses: { 200: "signed in", ...json, 401: "wrong username or password (the same answer for both)", 429: "too many attempts (`Retry-After`)", 503: "Redis unavailable" },
  },
  {
    method: "POST",
    path: "/api/auth/sign-out",
    access: { kind: "public", note: "ends the cookie's session, if any" },
    summary: "Ends the session and clears the cookie; signing out twice is fine.",
    statuses: { 204: "signed out" },
  },
  {
    method: "GET",
    path: "/api/auth/me",
    access: signedIn,
    summary: "The signed-in user with role, department and worker id (never the password hash).",
    response: meResponseSchema,
    statuses: { 200: "the user", 401: "no live session" },
  },
  {
    method: "GET",
    path: "/api/cases",
    access: { kind: "roles", roles: ["dispatcher", "operator", "admin", "leader", "department_staff"], note: "department staff see their department's cases only" },
    summary: "The queue, newest first, one page at a time: `stage` is `open`, a stage or a comma list; `before` is the previous page's `nextBefore`.",
    query: caseQuerySchema,
    response: caseListSchema,
    statuses: { 200: "one page", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "GET",
    path: "/api/cases/{id}",
    access: { ...signedIn, note: "scoped: a grid worker their tasks, department staff their department's, a resident their own reports" },
    summary:
      "The case, its full history, its reporter and every report riding on it (its own and those merged into it); phone numbers masked unless the role needs them.",
    response: caseDetailSchema,
    statuses: { 200: "the case", ...session, 403: "role not allowed, or the case is outside the caller's scope", 404: "no such case" },
  },
  {
    method: "POST",
    path: "/api/cases/{id}/actions",
    access: { ...signedIn, note: "the rule table decides per action, role, scope and stage" },
    summary:
      "One move of the closed loop on the version the caller saw (see docs/closed-loop.md). `dispatch`/`reassign` take `workerId`, `merge` takes `mergeInto`, `rate` takes `rating`, `resolve` takes `result` and photos, `locate` takes `location` (a 待定位 case is placed, then auto-dispatched).",
    body: caseActionRequestSchema,
    response: z.object({ case: caseSummarySchema }),
    statuses: {
      200: "applied",
      ...json,
      ...session,
      403: "role not allowed, or outside scope",
      404: "no such case",
      409: "the case changed since `expectedVersion` (`current` holds its version and stage), or `worker_unavailable`: the chosen worker is off duty or full",
      422: "not allowed from the case's stage, or a missing or wrong reason, worker, merge target, location or photo (`location_required`: a case without a position cannot be dispatched by hand)",
    },
  },
  {
    method: "GET",
    path: "/api/cases/{id}/candidates",
    access: { kind: "roles", roles: desk },
    summary: "Workers the case may be handed to, ranked as auto-dispatch ranks them (the current holder left out), with how many nearby workers were passed over and why.",
    response: workerSuggestionsSchema,
    statuses: { 200: "the ranked workers", ...session, 404: "no such case" },
  },
  {
    method: "GET",
    path: "/api/cases/{id}/resource-suggestions",
    access: { kind: "roles", roles: desk },
    summary:
      "The nearest available resources of a `kind` (pump, team, vehicle), optionally with `minM3PerHour` or `skill`, for an open placed case, ranked as `POST /api/resources/dispatch` ranks them, with how many were passed over and why; nothing is sent.",
    query: resourceSuggestionQuerySchema,
    response: resourceSuggestionsSchema,
    statuses: { 200: "the ranked resources", 400: "a wrong parameter (named)", ...session, 404: "no such case", 422: "the case is finished (`case_finished`) or not placed yet (`case_unplaced`)" },
  },
  {
    method: "GET",
    path: "/api/cases/{id}/duplicates",
    access: { kind: "roles", roles: ["dispatcher", "operator", "admin"] },
    summary: "Open cases of the same category within 200 m and 2 h, from any channel, nearest first, each saying which to merge into which.",
    response: duplicatesResponseSchema,
    statuses: { 200: "the likely duplicates", ...session, 404: "no such case" },
  },
  {
    method: "GET",
    path: "/api/cases/{id}/summons",
    access: { ...signedIn, note: "whoever may see the case, and staff of a summoned department" },
    summary: "吹哨报到: the summons of a case, each department pending, acknowledged, late or missed.",
    response: z.object({ summons: z.array(summonViewSchema) }),
    statuses: { 200: "the summons", ...session, 403: "outside scope", 404: "no such case" },
  },
  {
    method: "POST",
    path: "/api/cases/{id}/summons",
    access: { kind: "roles", roles: desk },
    summary: "吹哨: summons departments to the case with a whistle (日常哨 routine, 攻坚哨 hard, 应急哨 emergency), each with its report-in deadline.",
    body: summonRequestSchema,
    response: z.object({ summons: summonViewSchema }),
    statuses: { 201: "summoned", ...json, ...session, 404: "no such case", 422: "the case is finished, or a department is unknown" },
  },
  {
    method: "POST",
    path: "/api/dispatch/burst",
    access: { kind: "roles", roles: desk },
    summary:
      "Assigns every case awaiting dispatch (oldest first, up to 2,000) jointly for the least total travel, under auto-dispatch's rules; stored with reason `burst-least-total-travel`.",
    response: burstDispatchResultSchema,
    statuses: { 200: "the assignments made", ...session },
  },
  {
    method: "GET",
    path: "/api/resources",
    access: { kind: "roles", roles: resourceViewers, note: resourceStaffNote },
    summary: "Emergency resources (shelters, pump trucks, sandbag depots, rescue teams, vehicles) with their state, by `kind`, `state` or `district` (docs/resources.md).",
    query: resourceQuerySchema,
    response: resourceListSchema,
    statuses: { 200: "the resources", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "GET",
    path: "/api/resources/{id}",
    access: { kind: "roles", roles: resourceViewers, note: resourceStaffNote },
    summary: "The resource and its whole history (who sent, moved, counted it, when, from which state to which, with selection's reason).",
    response: resourceDetailSchema,
    statuses: { 200: "the resource", 400: "a malformed id", ...session, 403: "role not allowed, or outside the caller's department", 404: "no such resource" },
  },
  {
    method: "POST",
    path: "/api/resources/{id}/actions",
    access: { kind: "roles", roles: ["dispatcher", "admin", "department_staff"], note: "the rule table decides per action, role, department and state" },
    summary:
      "One move of a resource on the version the caller saw (docs/resources.md): `dispatch` takes `caseId` or `place`, `move` takes `place`, `set_occupancy` takes `occupancy`, `take`/`restock` take `amount`, `report` takes `note`.",
    body: resourceActionRequestSchema,
    response: z.object({ resource: resourceSummarySchema }),
    statuses: {
      200: "applied",
      ...json,
      ...session,
      403: "role not allowed, or outside the caller's department",
      404: "no such resource",
      409: "the resource changed since `expectedVersion`; `current` holds its version and state",
      422: "not allowed for its kind or from its state, a missing field, occupancy over capacity, a closed shelter taking people, stock below zero, or a case finished or not placed",
    },
  },
  {
    method: "POST",
    path: "/api/resources/dispatch",
    access: { kind: "roles", roles: desk },
    summary:
      "Sends, for each need (`kind`, a `caseId` or a `place`, optionally `minM3PerHour` or `skill`), the nearest available resource that has it: one need to the nearest, several jointly for the least total travel. Each is dispatched with its reason (distance, resources considered, why others were passed over).",
    body: resourceDispatchRequestSchema,
    response: resourceDispatchResultSchema,
    statuses: { 200: "what was sent, and the needs left without a resource with why", ...json, ...session },
  },
  {
    method: "GET",
    path: "/api/screen/mode",
    access: { kind: "screen-viewers" },
    summary: "The wall screen's mode: `typhoon` is on while `typhoonSwitch` (an operator's or leader's) or `alertInForce` (a typhoon or rainstorm alert) is. Also in the snapshot and pushed as a `screen-mode` delta.",
    response: screenModeSchema,
    statuses: { 200: "the mode", 401: "no session while PUBLIC_SCREEN is off", 403: "a signed-in role other than the screen's" },
  },
  {
    method: "PUT",
    path: "/api/screen/mode",
    access: { kind: "roles", roles: ["operator", "leader", "admin"] },
    summary: "Switches typhoon mode on or off for every wall screen (a `screen-mode` delta); an alert in force keeps it on.",
    body: screenModeRequestSchema,
    response: screenModeSchema,
    statuses: { 200: "the mode after the switch", ...json, ...session },
  },
  {
    method: "GET",
    path: "/api/typhoon/timeline",
    access: { kind: "screen-viewers" },
    summary:
      "A stored window of a night for the wall screen's timeline, step by step (`stepMinutes`, at most 300 steps): the rain and water-level gauges' mean reading per step (the last known when one sent none), the cases opened per step, and the forecasts issued in the window with the last one before it.",
    query: typhoonTimelineQuerySchema,
    response: typhoonTimelineSchema,
    statuses: { 200: "the window", 400: "a wrong parameter (named), `to` not after `from`, or too many steps", 401: "no session while PUBLIC_SCREEN is off", 403: "a signed-in role other than the screen's" },
  },
  {
    method: "GET",
    path: "/api/summons",
    access: { kind: "roles", roles: ["department_staff", "dispatcher", "operator", "leader", "admin"], note: "department staff see their department's summons only" },
    summary: "Summons, newest first.",
    response: z.object({ summons: z.array(summonViewSchema) }),
    statuses: { 200: "the summons", ...session },
  },
  {
    method: "POST",
    path: "/api/summons/{id}/acknowledge",
    access: { kind: "roles", roles: ["department_staff"] },
    summary: "报到: the signed-in staff report in for their department; after the deadline it counts as late.",
    response: z.object({ summons: summonViewSchema }),
    statuses: { 200: "reported in", ...session, 403: "the department was not summoned", 404: "no such summons", 409: "already reported in" },
  },
  {
    method: "POST",
    path: "/api/summons/{id}/ratings",
    access: { kind: "roles", roles: desk },
    summary: "Rates a summoned department 1–5 once the case is closed.",
    body: summonRatingSchema,
    statuses: { 204: "rated", ...json, ...session, 404: "no such summons", 422: "the department was not summoned, or the case is not closed" },
  },
  {
    method: "GET",
    path: "/api/kpi/hotline",
    access: { kind: "roles", roles: ["leader", "operator", "dispatcher", "admin"] },
    summary: "The 12345 KPIs (docs/closed-loop.md#12345-kpis) over the cases created in [from, to), per department or district.",
    query: hotlineKpiQuerySchema,
    response: hotlineKpiResponseSchema,
    statuses: { 200: "one row per group", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "GET",
    path: "/api/my/tasks",
    access: { kind: "roles", roles: ["grid_worker", "department_staff"] },
    summary:
      "The grid worker's open tasks (department staff: their department's open cases), nearest first from `lat,lng` or else the worker's last known position, each with the next step's deadline.",
    query: myTasksQuerySchema,
    response: myTasksResponseSchema,
    statuses: { 200: "the tasks", 400: "a wrong parameter (named)", ...session, 403: "the account has no worker or department" },
  },
  {
    method: "PUT",
    path: "/api/my/duty",
    access: { kind: "roles", roles: ["grid_worker"] },
    summary:
      "The grid worker starts or ends their shift. Off duty, they leave the live positions and auto-dispatch gives them no case (cases they hold stay theirs); back on duty, they stand where last seen until their phone's next fix.",
    body: dutyChangeSchema,
    response: workerSummarySchema,
    statuses: { 200: "the worker as now stored (unchanged when already so)", ...json, ...session, 403: "the account has no worker" },
  },
  {
    method: "POST",
    path: "/api/uploads",
    access: signedIn,
    summary: "One photo, stored under its SHA-256 before its row is written; its type comes from its bytes, never from its name or Content-Type.",
    bodyNote: "multipart/form-data: `photo` (the file) and optionally `eventKey` (the Idempotency-Key of the report it goes with)",
    response: uploadedPhotoSchema,
    statuses: {
      201: "stored (`Location` names it); a photo sent before its report joins it only if the same user sends the report within 30 minutes",
      400: "not multipart, no `photo`, empty, or a wrong `eventKey`",
      ...session,
      403: "`not_your_report`: the report of `eventKey` is someone else's or a sensor's; `report_photo_window_closed`: more than 30 minutes after it was sent",
      413: "larger than MAX_PHOTO_BYTES",
      415: "not JPEG, PNG or WebP",
    },
  },
  {
    method: "GET",
    path: "/api/uploads",
    access: { ...signedIn, note: "whoever may see the case" },
    summary: "The photos of a case: its reports' photos, then 处置前 (`before`) and 处置后 (`after`).",
    query: casePhotosQuerySchema,
    response: casePhotosResponseSchema,
    statuses: { 200: "the photos", 400: "a wrong `caseId`", ...session, 403: "the case is outside the caller's scope", 404: "no such case" },
  },
  {
    method: "GET",
    path: "/api/uploads/{id}",
    access: { ...signedIn, note: "its uploader, or whoever may see the case it belongs to" },
    summary: "The photo's bytes.",
    responseNote: "the image, with its own Content-Type",
    statuses: { 200: "the photo", ...session, 403: "its case is outside the caller's scope", 404: "no such photo" },
  },
  {
    method: "GET",
    path: "/api/track/{token}",
    access: { kind: "tracking-link" },
    summary: "The case as its reporter sees it: stage, the steps in the reporter's words (zh/en), result, photos and whether it waits for a rating.",
    response: trackingViewSchema,
    statuses: { 200: "the view", 404: "the token opens nothing" },
  },
  {
    method: "POST",
    path: "/api/track/{token}/rating",
    access: { kind: "tracking-link" },
    summary: "满意 / 基本满意 / 不满意 on the version the reporter saw; 不满意 reopens the case. Answers the new view.",
    body: trackingRatingRequestSchema,
    response: trackingViewSchema,
    statuses: { 200: "rated", ...json, 404: "the token opens nothing", ...stale, 422: "the case is not waiting for a rating" },
  },
  {
    method: "GET",
    path: "/api/track/{token}/photos/{id}",
    access: { kind: "tracking-link" },
    summary: "A photo of the tracked case: the report's own, or the worker's after the fix.",
    responseNote: "the image, with its own Content-Type",
    statuses: { 200: "the photo", 404: "no such photo behind this link" },
  },
  {
    method: "POST",
    path: "/api/alerts",
    access: { kind: "gateway-token", variable: "WEATHER_GATEWAY_TOKEN" },
    summary:
      "A warning service's OASIS CAP 1.2 alert (typhoon, rainstorm, flood…), at most 256 kB of UTF-8 XML. Refused whole, nothing stored, when it carries a DOCTYPE or ENTITY declaration, is not well-formed, or is not valid against cap12.xsd and CAP's rules for polygons, circles and references (`error.fields[0].path` names the element, e.g. `alert.info[0].urgency`). Stored once per identifier, sender and sent; an `Update` supersedes and a `Cancel` cancels the alerts its `references` name. Pushed to screens as `alert` deltas.",
    bodyNote: "the CAP 1.2 document, `Content-Type: application/cap+xml` (or application/xml, text/xml)",
    response: alertStoredSchema,
    statuses: {
      200: "the same identifier, sender and sent was stored before: nothing changed",
      201: "stored (and the referenced alerts superseded or cancelled, listed in `applied`)",
      400: "a DOCTYPE or ENTITY declaration (`dtd_refused`), not well-formed (`malformed_xml`) or not valid CAP 1.2 (`invalid_cap`, the element named)",
      401: "wrong or missing bearer token",
      413: "over 256 kB",
      415: "not an XML content type",
      503: "nothing stored: send it again",
    },
  },
  {
    method: "GET",
    path: "/api/alerts",
    access: { kind: "screen-viewers" },
    summary: "The CAP alerts in force now (status Actual, an Alert or Update neither superseded nor cancelled, effective ≤ now < expires), newest first: what the wall screen draws as warning areas.",
    response: alertListSchema,
    statuses: { 200: "the alerts", 401: "no session while PUBLIC_SCREEN is off", 403: "a signed-in role other than the screen's" },
  },
  {
    method: "POST",
    path: "/api/alerts/issue",
    access: { kind: "roles", roles: ["operator", "admin"] },
    summary:
      "The city's own warning for an area (polygons as rings of {lat, lon}, circles with a radius in km): published as CAP 1.2 from the city (sender: the host of PUBLIC_BASE_URL), stored and pushed like a received alert. Risk points issue theirs through it.",
    body: issueAlertRequestSchema,
    response: alertIssuedSchema,
    statuses: { 201: "issued; `xmlPath` is its CAP document", ...json, ...session },
  },
  {
    method: "GET",
    path: "/api/alerts/{file}",
    access: { kind: "public", note: "the city's warnings are public" },
    summary: "`/api/alerts/{id}.xml`: one of the city's own warnings as the CAP 1.2 document it published (valid against cap12.xsd). Alerts received from other services are not republished.",
    responseNote: "application/cap+xml",
    statuses: { 200: "the CAP document", 404: "no alert the city issued with that id, or not `{id}.xml`" },
  },
  {
    method: "GET",
    path: "/api/alerts/feed.xml",
    access: { kind: "public", note: "the city's warnings are public" },
    summary: "The city's own warnings as an Atom feed, newest 50 first, each entry linking its CAP document (`type=\"application/cap+xml\"`).",
    responseNote: "application/atom+xml",
    statuses: { 200: "the feed" },
  },
  {
    method: "GET",
    path: "/api/care/households",
    access: { kind: "roles", roles: careReaders, note: careMasking },
    summary: "Registered vulnerable households (docs/care.md), optionally of one grid cell; naming none, a grid worker gets their own grid's and those they look after, community staff their community's cells, everyone else all.",
    query: householdListQuerySchema,
    response: householdListSchema,
    statuses: { 200: "the households", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "POST",
    path: "/api/care/households",
    access: { kind: "roles", roles: careMaintainers, note: careScope },
    summary: "Registers a household: resident, address, position, meters, grid worker, family contacts and consent. Audited.",
    body: householdInputSchema,
    response: householdViewSchema,
    statuses: {
      201: "registered",
      ...json,
      ...session,
      403: "role not allowed, or the household is outside the caller's grid",
      409: "a meter is already registered to another household (`error.fields` names it)",
      422: "no such grid worker or meter, a meter of the wrong kind, or a position outside the city (named)",
    },
  },
  {
    method: "GET",
    path: "/api/care/households/{id}",
    access: { kind: "roles", roles: careReaders, note: careMasking },
    summary: "One household with its absences not yet over and its count of open alerts.",
    response: householdViewSchema,
    statuses: { 200: "the household", 400: "a malformed id", ...session, 404: "no such household" },
  },
  {
    method: "PATCH",
    path: "/api/care/households/{id}",
    access: { kind: "roles", roles: careMaintainers, note: careScope },
    summary: "Changes fields of a household on the version the caller saw. Audited (who, when, which fields; never the values).",
    body: householdPatchSchema,
    response: householdViewSchema,
    statuses: {
      200: "changed",
      ...json,
      ...session,
      403: "role not allowed, or the household is outside the caller's scope",
      404: "no such household",
      409: "the household changed since `expectedVersion`, or a meter is taken (named)",
      422: "no such grid worker or meter, a meter of the wrong kind, or a position outside the city (named)",
    },
  },
  {
    method: "POST",
    path: "/api/care/households/{id}/absences",
    access: { kind: "roles", roles: careMaintainers, note: careScope },
    summary: "An announced absence (`away` until …, a `hospital` stay): the watch raises no alert while it runs. Audited.",
    body: absenceInputSchema,
    response: householdViewSchema,
    statuses: { 201: "announced", ...json, ...session, 403: "outside the caller's scope", 404: "no such household", 422: "ends before it starts" },
  },
  {
    method: "POST",
    path: "/api/care/households/{id}/absences/{absenceId}/end",
    access: { kind: "roles", roles: careMaintainers, note: careScope },
    summary: "The resident is back early: a running absence ends now and the watch resumes; one not begun yet is withdrawn. Audited.",
    response: householdViewSchema,
    statuses: { 200: "ended", 400: "a malformed id", ...session, 403: "outside the caller's scope", 404: "no such household or absence", 409: "the absence is already over" },
  },
  {
    method: "GET",
    path: "/api/care/households/{id}/history",
    access: { kind: "roles", roles: careReaders, note: "the audit holds no personal values, so every reader sees the same" },
    summary: "The household's change history, oldest first: who (id and name), when, what (`create`, `update`, `absence`, `absence_end`, `outcome:<kind>`) and which fields; never the values.",
    response: householdHistorySchema,
    statuses: { 200: "the history", 400: "a malformed id", ...session, 404: "no such household" },
  },
  {
    method: "GET",
    path: "/api/care/alerts",
    access: { kind: "roles", roles: careReaders, note: "only alerts of the households the caller sees whole" },
    summary: "Open care alerts and meter faults, newest first, with what the watch saw in words; with `caseId`, that case's alert whatever came of it.",
    query: careAlertQuerySchema,
    response: careAlertListSchema,
    statuses: { 200: "the alerts", 400: "a wrong parameter (named)", ...session },
  },
  {
    method: "GET",
    path: "/api/care/alerts/summary",
    access: { kind: "screen-viewers" },
    summary: "Open care alerts as counts per grid cell, for the wall screen: no household, no name.",
    response: careAlertSummarySchema,
    statuses: { 200: "the counts", 401: "no session while PUBLIC_SCREEN is off", 403: "a signed-in role other than the screen's" },
  },
  {
    method: "GET",
    path: "/api/care/alerts/{id}",
    access: { kind: "roles", roles: careReaders, note: careMasking },
    summary: "One care alert with its household, whole or masked as the caller may see it.",
    response: careAlertDetailSchema,
    statuses: { 200: "the alert", 400: "a malformed id", ...session, 404: "no such alert" },
  },
  {
    method: "POST",
    path: "/api/care/alerts/{id}/outcome",
    access: { kind: "roles", roles: careMaintainers, note: "the case's assignee, or whoever maintains the household" },
    summary: "What the worker found: `safe`, `needed_help`, `hospital` or `false_alarm` with a `reason`. Recorded once; a false alarm makes the household's next alert harder to raise.",
    body: careOutcomeInputSchema,
    response: careAlertDetailSchema,
    statuses: { 200: "recorded", ...json, ...session, 403: "outside the caller's scope", 404: "no such alert", 409: "an outcome is already recorded" },
  },
];
