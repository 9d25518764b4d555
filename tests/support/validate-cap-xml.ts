import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";

const xsd = readFileSync(new URL("../../datasets/cap/cap12.xsd", import.meta.url), "utf8");

/** libxml2's own verdict on a document against CAP 1.2's schema: the errors, none when valid. */
export async function libxml2CapErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "alert.xml", contents: xml }], schema: [{ fileName: "cap12.xsd", contents: xsd }] });
  return result.errors.map((error) => error.message);
}
