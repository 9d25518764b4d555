import { SaxesParser } from "saxes";

/** An element of a parsed document: its namespace, local name, attributes, children and own text. */
export interface XmlElement {
  ns: string;
  local: string;
  /** Attributes other than namespace declarations, by qualified name, with their namespace. */
  attributes: { name: string; uri: string; value: string }[];
  children: XmlElement[];
  text: string;
  line: number;
}

export type XmlReadResult =
  | { ok: true; root: XmlElement }
  | { ok: false; problem: "too_large" | "dtd_refused" | "malformed"; message: string };

/**
 * Parses untrusted XML safely: a byte limit first, then any document type declaration refused
 * outright. Without a DTD there are no external entities to fetch and no entity definitions to
 * expand (XXE, billion laughs); saxes itself never fetches anything and knows only the five
 * predefined entities and character references.
 */
export function readXmlTree(input: string | Uint8Array, maxBytes: number): XmlReadResult {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.byteLength > maxBytes) return { ok: false, problem: "too_large", message: `${bytes.byteLength} bytes, at most ${maxBytes}` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "malformed", message: "not UTF-8" };
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return { ok: false, problem: "dtd_refused", message: "document type declarations and entity definitions are refused" };
  }
  return parse(text);
}

function parse(text: string): XmlReadResult {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: string | null = null;

  parser.on("doctype", () => (failure ??= "document type declarations are refused"));
  parser.on("error", (error) => (failure ??= error.message));
  parser.on("opentag", (tag) => {
    const attributes = Object.values(tag.attributes)
      .filter((attribute) => attribute.prefix !== "xmlns" && attribute.name !== "xmlns")
      .map((attribute) => ({ name: attribute.name, uri: attribute.uri, value: attribute.value }));
    const element: XmlElement = { ns: tag.uri ?? "", local: tag.local ?? tag.name, attributes, children: [], text: "", line: parser.line };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on("closetag", () => void stack.pop());
  const addText = (chunk: string) => {
    const current = stack.at(-1);
    if (current) current.text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure !== null) return { ok: false, problem: failure.includes("document type") ? "dtd_refused" : "malformed", message: failure };
  if (!root) return { ok: false, problem: "malformed", message: "no root element" };
  return { ok: true, root };
}
