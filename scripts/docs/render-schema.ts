import { z } from "zod";

type JsonSchema = { [key: string]: unknown };

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function schemas(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isSchema) : [];
}

/** A scalar's type and what constrains it, e.g. `string` and `uuid`, or `integer` and `1–200, default 50`. */
interface Rendered {
  text: string;
  note: string[];
  /** Several alternatives: an array of them needs brackets. */
  union?: boolean;
}

function rangeNote(schema: JsonSchema, unit: string): string | null {
  const min = typeof schema.minimum === "number" && Math.abs(schema.minimum) !== SAFE_INTEGER ? schema.minimum : null;
  const max = typeof schema.maximum === "number" && Math.abs(schema.maximum) !== SAFE_INTEGER ? schema.maximum : null;
  const above = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : null;
  const below = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : null;
  const low = min !== null ? `≥ ${min}` : above !== null ? `> ${above}` : null;
  const high = max !== null ? `≤ ${max}` : below !== null ? `< ${below}` : null;
  if (min !== null && max !== null) return `${min}–${max}${unit}`;
  const parts = [low, high].filter((p): p is string => p !== null);
  return parts.length > 0 ? `${parts.join(", ")}${unit}` : null;
}

function sizeNote(schema: JsonSchema, low: string, high: string, unit: string): string | null {
  return rangeNote({ minimum: schema[low], maximum: schema[high] }, unit);
}

function scalarNotes(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (typeof schema.format === "string") notes.push(schema.format);
  else if (typeof schema.pattern === "string") notes.push(`/${schema.pattern}/`);
  const length = sizeNote(schema, "minLength", "maxLength", " chars");
  const range = schema.type === "integer" || schema.type === "number" ? rangeNote(schema, "") : null;
  for (const note of [length, range]) if (note) notes.push(note);
  if ("default" in schema) notes.push(`default ${JSON.stringify(schema.default)}`);
  if (typeof schema.description === "string") notes.push(schema.description);
  return notes;
}

function objectText(schema: JsonSchema, indent: string): string {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const inner = `${indent}  `;
  const lines = Object.entries(properties)
    .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
    .map(([key, property]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      const { text, note } = render(property, inner);
      return `${inner}${name}${required.has(key) ? "" : "?"}: ${text};${note.length > 0 ? ` // ${note.join("; ")}` : ""}`;
    });
  if (isSchema(schema.additionalProperties)) {
    const { text, note } = render(schema.additionalProperties, inner);
    lines.push(`${inner}[key: string]: ${text};${note.length > 0 ? ` // ${note.join("; ")}` : ""}`);
  }
  return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent}}`;
}

function render(schema: JsonSchema, indent: string): Rendered {
  const alternatives = [...schemas(schema.anyOf), ...schemas(schema.oneOf)];
  if (alternatives.length > 0) {
    const parts = alternatives.map((a) => render(a, indent));
    const multiline = parts.filter((p) => p.text.includes("\n")).length > 1;
    const text = parts.map((p) => p.text).join(multiline ? `\n${indent}| ` : " | ");
    return { text, note: [...new Set(parts.flatMap((p) => p.note))], union: parts.length > 1 };
  }
  if ("const" in schema) return { text: JSON.stringify(schema.const), note: [] };
  if (Array.isArray(schema.enum)) {
    const note = "default" in schema ? [`default ${JSON.stringify(schema.default)}`] : [];
    return { text: schema.enum.map((v) => JSON.stringify(v)).join(" | "), note, union: schema.enum.length > 1 };
  }
  if (Array.isArray(schema.type)) {
    const parts = schema.type.map((type) => render({ ...schema, type }, indent));
    return { text: parts.map((p) => p.text).join(" | "), note: [...new Set(parts.flatMap((p) => p.note))], union: parts.length > 1 };
  }
  switch (schema.type) {
    case "object":
      return { text: objectText(schema, indent), note: [] };
    case "array": {
      const items = sizeNote(schema, "minItems", "maxItems", " items");
      if (Array.isArray(schema.prefixItems)) {
        return { text: `[${schemas(schema.prefixItems).map((s) => render(s, indent).text).join(", ")}]`, note: [] };
      }
      const item = isSchema(schema.items) ? render(schema.items, indent) : { text: "unknown", note: [] };
      const text = item.union ? `Array<${item.text}>` : `${item.text}[]`;
      return { text, note: [...item.note, ...(items ? [items] : [])] };
    }
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return { text: schema.type, note: scalarNotes(schema) };
    default:
      return { text: "unknown", note: [] };
  }
}

/**
 * A zod schema as compact TypeScript-like notation: `?` for optional fields, constraints as
 * comments. `io` picks the input shape (requests: defaults may be left out) or the output shape.
 */
export function renderSchema(schema: z.ZodType, io: "input" | "output"): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" }) as JsonSchema;
  const { text, note } = render(json, "");
  return note.length > 0 ? `${text} // ${note.join("; ")}` : text;
}
