import { capAlertSchema, MAX_CAP_ALERT_BYTES, type CapAlert } from "@/lib/contracts/cap-alert";
import { mapCapTree } from "./map-cap-tree";
import { readXmlTree } from "./read-xml-tree";
import { validateCap12, type CapProblem } from "./validate-cap12";

export type CapParseResult =
  | { ok: true; alert: CapAlert }
  | { ok: false; problem: "too_large" | "dtd_refused" | "malformed"; message: string }
  | { ok: false; problem: "invalid"; element: string; message: string };

/**
 * Untrusted CAP XML to a typed alert: size limit, no DTD (so no external entities and no entity
 * expansion), well-formed, valid against CAP 1.2's schema, then CAP's own rules for the text of
 * polygons, circles, references, identifiers and times. Every refusal names what failed.
 */
export function parseCapAlert(xml: string | Uint8Array, maxBytes = MAX_CAP_ALERT_BYTES): CapParseResult {
  const read = readXmlTree(xml, maxBytes);
  if (!read.ok) return read;
  const invalid = validateCap12(read.root);
  if (invalid) return { ok: false, problem: "invalid", ...invalid };
  const mapped = mapCapTree(read.root);
  if (!mapped.ok) return { ok: false, problem: "invalid", ...mapped.problem };
  const checked = capAlertSchema.safeParse(mapped.alert);
  if (checked.success) return { ok: true, alert: checked.data };
  const issue = checked.error.issues[0]!;
  return { ok: false, problem: "invalid", element: elementPathOf(issue.path), message: issue.message };
}

const elementOfField: Record<string, string> = {
  infos: "info",
  areas: "area",
  polygons: "polygon",
  circles: "circle",
  categories: "category",
  responseTypes: "responseType",
  eventCodes: "eventCode",
  parameters: "parameter",
  resources: "resource",
  geocodes: "geocode",
  codes: "code",
};

/** A path in the typed alert as the element it came from: ["infos", 0, "areas", 1, "polygons", 0, …] → alert.info[0].area[1].polygon[0]. */
export function elementPathOf(path: readonly PropertyKey[]): CapProblem["element"] {
  let element = "alert";
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const repeated = elementOfField[key];
    if (repeated && typeof path[i + 1] === "number") {
      element += `.${repeated}[${String(path[i + 1])}]`;
      i += 1;
      // A polygon's points and a circle's centre are the element's text, not elements of their own.
      if (repeated === "polygon" || repeated === "circle") break;
    } else {
      element += `.${key}`;
    }
  }
  return element;
}
