import { capCategories, capCertainties, capMsgTypes, capResponseTypes, capScopes, capSeverities, capStatuses, capUrgencies } from "@/lib/contracts/cap-alert";

/**
 * OASIS CAP 1.2's XML Schema (datasets/cap/cap12.xsd) as data: each complex type a sequence of
 * elements with their occurrences and types, in the schema's order. tests/unit/alerts checks this
 * table against the .xsd itself, element by element, so the two cannot drift apart.
 */
export type SimpleType =
  | { kind: "string" }
  | { kind: "enumeration"; values: readonly string[] }
  /** xs:dateTime restricted by CAP's pattern: seconds and an explicit offset. */
  | { kind: "capDateTime" }
  | { kind: "language" }
  | { kind: "anyURI" }
  | { kind: "integer" }
  | { kind: "decimal" };

export interface Sequence {
  elements: readonly ElementRule[];
  /** `<any namespace=… processContents="lax">` at the end: elements of that namespace (an XML signature). */
  anyNamespace?: string;
}

export interface ElementRule {
  name: string;
  minOccurs: 0 | 1;
  maxOccurs: 1 | "unbounded";
  type: SimpleType | Sequence;
}

const text: SimpleType = { kind: "string" };
const dateTime: SimpleType = { kind: "capDateTime" };
const oneOf = (values: readonly string[]): SimpleType => ({ kind: "enumeration", values });

const required = (name: string, type: ElementRule["type"]): ElementRule => ({ name, minOccurs: 1, maxOccurs: 1, type });
const optional = (name: string, type: ElementRule["type"]): ElementRule => ({ name, minOccurs: 0, maxOccurs: 1, type });
const many = (name: string, type: ElementRule["type"], minOccurs: 0 | 1 = 0): ElementRule => ({ name, minOccurs, maxOccurs: "unbounded", type });

/** `cap:valueName` then `cap:value`, the pair eventCode, parameter and geocode share. */
const valuePair: Sequence = { elements: [required("valueName", text), required("value", text)] };

const resource: Sequence = {
  elements: [
    required("resourceDesc", text),
    required("mimeType", text),
    optional("size", { kind: "integer" }),
    optional("uri", { kind: "anyURI" }),
    optional("derefUri", text),
    optional("digest", text),
  ],
};

const area: Sequence = {
  elements: [
    required("areaDesc", text),
    many("polygon", text),
    many("circle", text),
    many("geocode", valuePair),
    optional("altitude", { kind: "decimal" }),
    optional("ceiling", { kind: "decimal" }),
  ],
};

const info: Sequence = {
  elements: [
    optional("language", { kind: "language" }),
    many("category", oneOf(capCategories), 1),
    required("event", text),
    many("responseType", oneOf(capResponseTypes)),
    required("urgency", oneOf(capUrgencies)),
    required("severity", oneOf(capSeverities)),
    required("certainty", oneOf(capCertainties)),
    optional("audience", text),
    many("eventCode", valuePair),
    optional("effective", dateTime),
    optional("onset", dateTime),
    optional("expires", dateTime),
    optional("senderName", text),
    optional("headline", text),
    optional("description", text),
    optional("instruction", text),
    optional("web", { kind: "anyURI" }),
    optional("contact", text),
    many("parameter", valuePair),
    many("resource", resource),
    many("area", area),
  ],
};

export const XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

/** The one global element a CAP 1.2 document may have as its root. */
export const capAlertRule: ElementRule = required("alert", {
  elements: [
    required("identifier", text),
    required("sender", text),
    required("sent", dateTime),
    required("status", oneOf(capStatuses)),
    required("msgType", oneOf(capMsgTypes)),
    optional("source", text),
    required("scope", oneOf(capScopes)),
    optional("restriction", text),
    optional("addresses", text),
    many("code", text),
    optional("note", text),
    optional("references", text),
    optional("incidents", text),
    many("info", info),
  ],
  anyNamespace: XMLDSIG_NAMESPACE,
});
