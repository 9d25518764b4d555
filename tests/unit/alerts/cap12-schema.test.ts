import { describe, expect, it } from "vitest";
import { capAlertRule, type ElementRule, type Sequence, type SimpleType } from "@/lib/domain/alerts/cap12-schema";
import { readXmlTree, type XmlElement } from "@/lib/domain/alerts/read-xml-tree";
import { cap12Xsd } from "./cap-fixtures";

/** Both descriptions brought to one plain form, so the table can be compared with the .xsd. */
type Plain = { name: string; min: number; max: number | "unbounded"; type: string | { sequence: Plain[]; any?: string } };

function plainRule(rule: ElementRule): Plain {
  return { name: rule.name, min: rule.minOccurs, max: rule.maxOccurs, type: "elements" in rule.type ? plainSequence(rule.type) : plainSimple(rule.type) };
}
const plainSequence = (sequence: Sequence) => ({ sequence: sequence.elements.map(plainRule), ...(sequence.anyNamespace && { any: sequence.anyNamespace }) });
const plainSimple = (type: SimpleType) => (type.kind === "enumeration" ? `enumeration:${type.values.join("|")}` : type.kind);

const attribute = (element: XmlElement, name: string) => element.attributes.find((candidate) => candidate.name === name)?.value;
const children = (element: XmlElement, local: string) => element.children.filter((child) => child.local === local);

function fromXsd(): Plain {
  const read = readXmlTree(cap12Xsd(), 100_000);
  if (!read.ok) throw new Error(read.message);
  const globals = new Map(children(read.root, "element").map((element) => [attribute(element, "name")!, element]));
  const builtIn: Record<string, string> = { "xs:string": "string", "xs:language": "language", "xs:anyURI": "anyURI", "xs:integer": "integer", "xs:decimal": "decimal" };

  function typeOf(element: XmlElement): Plain["type"] {
    const named = attribute(element, "type");
    if (named) return builtIn[named] ?? `unknown ${named}`;
    const [complex] = children(element, "complexType");
    if (complex) {
      const [sequence] = children(complex, "sequence");
      const any = children(sequence!, "any")[0];
      return { sequence: children(sequence!, "element").map(plain), ...(any && { any: attribute(any, "namespace") }) };
    }
    const restriction = children(children(element, "simpleType")[0]!, "restriction")[0]!;
    const values = children(restriction, "enumeration").map((enumeration) => attribute(enumeration, "value"));
    if (values.length > 0) return `enumeration:${values.join("|")}`;
    const pattern = attribute(children(restriction, "pattern")[0]!, "value");
    return attribute(restriction, "base") === "xs:dateTime" && pattern === "\\d\\d\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-,+]\\d\\d:\\d\\d" ? "capDateTime" : "unknown restriction";
  }

  function plain(element: XmlElement): Plain {
    const ref = attribute(element, "ref")?.replace(/^cap:/, "");
    const declaration = ref ? globals.get(ref)! : element;
    const max = attribute(element, "maxOccurs");
    return {
      name: ref ?? attribute(element, "name")!,
      min: Number(attribute(element, "minOccurs") ?? 1),
      max: max === "unbounded" ? "unbounded" : Number(max ?? 1),
      type: typeOf(declaration),
    };
  }
  return plain(globals.get("alert")!);
}

describe("the CAP 1.2 schema table", () => {
  it("is datasets/cap/cap12.xsd, element by element: order, occurrences, types and enumerations", () => {
    expect(plainRule(capAlertRule)).toEqual(fromXsd());
  });
});
