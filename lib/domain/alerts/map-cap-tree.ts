import type { CapAlert, CapArea, CapInfo } from "@/lib/contracts/cap-alert";
import { parseCapCircle, parseCapPolygon } from "./cap-geometry";
import { parseCapReferences } from "./cap-references";
import type { CapProblem } from "./validate-cap12";
import type { XmlElement } from "./read-xml-tree";

/** Thrown inside the mapping only, to name the element whose content CAP's rules refuse. */
class ContentProblem extends Error {
  constructor(readonly problem: CapProblem) {
    super(problem.message);
  }
}

const all = (element: XmlElement, name: string) => element.children.filter((child) => child.local === name);
const text = (element: XmlElement, name: string) => all(element, name)[0]?.text;
const trimmed = (element: XmlElement, name: string) => text(element, name)?.trim();
const optionalNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const pairs = (element: XmlElement, name: string) =>
  all(element, name).map((pair) => ({ valueName: text(pair, "valueName") ?? "", value: text(pair, "value") ?? "" }));

/**
 * A document that passed validateCap12, as a typed alert (not yet zod-checked). CAP's rules that the
 * schema leaves to the text (polygon, circle and references syntax) are checked here.
 */
export function mapCapTree(root: XmlElement): { ok: true; alert: unknown } | { ok: false; problem: CapProblem } {
  try {
    return { ok: true, alert: mapAlert(root) };
  } catch (error) {
    if (error instanceof ContentProblem) return { ok: false, problem: error.problem };
    throw error;
  }
}

function mapAlert(root: XmlElement): CapAlert {
  const references = text(root, "references");
  if (references !== undefined && parseCapReferences(references) === null) {
    throw new ContentProblem({ element: "alert.references", message: "must be sender,identifier,sent triples separated by spaces" });
  }
  return {
    identifier: text(root, "identifier")!,
    sender: text(root, "sender")!,
    sent: trimmed(root, "sent")!,
    status: text(root, "status") as CapAlert["status"],
    msgType: text(root, "msgType") as CapAlert["msgType"],
    source: text(root, "source"),
    scope: text(root, "scope") as CapAlert["scope"],
    restriction: text(root, "restriction"),
    addresses: text(root, "addresses"),
    codes: all(root, "code").map((code) => code.text),
    note: text(root, "note"),
    references,
    incidents: text(root, "incidents"),
    infos: all(root, "info").map((info, index) => mapInfo(info, `alert.info[${index}]`)),
  };
}

function mapInfo(info: XmlElement, path: string): CapInfo {
  return {
    language: trimmed(info, "language"),
    categories: all(info, "category").map((category) => category.text) as CapInfo["categories"],
    event: text(info, "event")!,
    responseTypes: all(info, "responseType").map((type) => type.text) as CapInfo["responseTypes"],
    urgency: text(info, "urgency") as CapInfo["urgency"],
    severity: text(info, "severity") as CapInfo["severity"],
    certainty: text(info, "certainty") as CapInfo["certainty"],
    audience: text(info, "audience"),
    eventCodes: pairs(info, "eventCode"),
    effective: trimmed(info, "effective"),
    onset: trimmed(info, "onset"),
    expires: trimmed(info, "expires"),
    senderName: text(info, "senderName"),
    headline: text(info, "headline"),
    description: text(info, "description"),
    instruction: text(info, "instruction"),
    web: trimmed(info, "web"),
    contact: text(info, "contact"),
    parameters: pairs(info, "parameter"),
    resources: all(info, "resource").map((resource) => ({
      resourceDesc: text(resource, "resourceDesc")!,
      mimeType: text(resource, "mimeType")!,
      size: optionalNumber(trimmed(resource, "size")),
      uri: trimmed(resource, "uri"),
      derefUri: text(resource, "derefUri"),
      digest: text(resource, "digest"),
    })),
    areas: all(info, "area").map((area, index) => mapArea(area, `${path}.area[${index}]`)),
  };
}

function mapArea(area: XmlElement, path: string): CapArea {
  return {
    areaDesc: text(area, "areaDesc")!,
    polygons: all(area, "polygon").map((polygon, index) => {
      const points = parseCapPolygon(polygon.text);
      if (!points) throw new ContentProblem({ element: `${path}.polygon[${index}]`, message: "must be lat,lon pairs separated by spaces" });
      return points;
    }),
    circles: all(area, "circle").map((circle, index) => {
      const parsed = parseCapCircle(circle.text);
      if (!parsed) throw new ContentProblem({ element: `${path}.circle[${index}]`, message: "must be a lat,lon point, a space and a radius in km" });
      return parsed;
    }),
    geocodes: pairs(area, "geocode"),
    altitude: optionalNumber(trimmed(area, "altitude")),
    ceiling: optionalNumber(trimmed(area, "ceiling")),
  };
}
