import { CAP_NAMESPACE } from "@/lib/contracts/cap-alert";
import { capAlertRule, type ElementRule, type Sequence, type SimpleType } from "./cap12-schema";
import type { XmlElement } from "./read-xml-tree";

/** What is wrong and where: `element` is a path such as `alert.info[0].urgency` (repeatable elements indexed). */
export interface CapProblem {
  element: string;
  message: string;
}

const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

/** Checks a document against CAP 1.2's schema as an XSD validator would; the first problem, or null. */
export function validateCap12(root: XmlElement): CapProblem | null {
  if (root.local !== capAlertRule.name || root.ns !== CAP_NAMESPACE) {
    return { element: "alert", message: `the root element must be {${CAP_NAMESPACE}}alert, found {${root.ns}}${root.local}` };
  }
  return checkElement(root, capAlertRule, "alert");
}

function checkElement(element: XmlElement, rule: ElementRule, path: string): CapProblem | null {
  // The schema declares no attributes; xsi:schemaLocation and the like are allowed everywhere.
  const attribute = element.attributes.find((candidate) => candidate.uri !== XSI_NAMESPACE);
  if (attribute) return { element: path, message: `attribute ${attribute.name} is not allowed` };
  if ("elements" in rule.type) return checkSequence(element, rule.type, path);
  const child = element.children[0];
  if (child) return { element: path, message: `must hold text only, found element ${child.local}` };
  const problem = checkSimple(element.text, rule.type);
  return problem === null ? null : { element: path, message: problem };
}

function checkSequence(element: XmlElement, sequence: Sequence, path: string): CapProblem | null {
  if (element.text.trim() !== "") return { element: path, message: "text is not allowed here, only elements" };
  const rules = sequence.elements;
  let index = 0;
  let count = 0;
  for (const child of element.children) {
    while (index < rules.length && !(child.ns === CAP_NAMESPACE && child.local === rules[index]!.name)) {
      const rule = rules[index]!;
      if (count < rule.minOccurs) return { element: `${path}.${rule.name}`, message: `required but missing (found ${child.local} in its place)` };
      index += 1;
      count = 0;
    }
    if (index === rules.length) {
      if (sequence.anyNamespace !== undefined && child.ns === sequence.anyNamespace) continue;
      const why = child.ns === CAP_NAMESPACE ? "not expected here (out of order or repeated)" : `{${child.ns}}${child.local} is not part of CAP 1.2 here`;
      return { element: `${path}.${child.local}`, message: why };
    }
    const rule = rules[index]!;
    if (rule.maxOccurs === 1 && count === 1) return { element: `${path}.${rule.name}`, message: "may appear only once" };
    const problem = checkElement(child, rule, rule.maxOccurs === 1 ? `${path}.${rule.name}` : `${path}.${rule.name}[${count}]`);
    if (problem) return problem;
    count += 1;
  }
  for (; index < rules.length; index += 1, count = 0) {
    const rule = rules[index]!;
    if (count < rule.minOccurs) return { element: `${path}.${rule.name}`, message: "required but missing" };
  }
  return null;
}

const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([-+])(\d\d):(\d\d)$/;
const LANGUAGE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The simple types' lexical rules; xs:string keeps its whitespace, the others collapse it first. */
function checkSimple(raw: string, type: SimpleType): string | null {
  const value = raw.trim();
  switch (type.kind) {
    case "string":
    case "anyURI":
      return null;
    case "enumeration":
      return type.values.includes(raw) ? null : `"${raw}" is not one of ${type.values.join(", ")}`;
    case "capDateTime":
      return capDateTimeProblem(value);
    case "language":
      return LANGUAGE.test(value) ? null : `"${value}" is not a language tag`;
    case "integer":
      return INTEGER.test(value) ? null : `"${value}" is not an integer`;
    case "decimal":
      return DECIMAL.test(value) ? null : `"${value}" is not a decimal number`;
  }
}

function capDateTimeProblem(value: string): string | null {
  const match = DATE_TIME.exec(value);
  if (!match) return `"${value}" is not a CAP dateTime (YYYY-MM-DDThh:mm:ss with an offset such as +08:00)`;
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match.slice(1).map((part) => Number(part)) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  const real =
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetMinutes! <= 59 && offsetHours! * 60 + offsetMinutes! <= 14 * 60;
  return real ? null : `"${value}" is not a real date and time`;
}
