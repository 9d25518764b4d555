import { z } from "zod";

// A lone half of a surrogate pair: JavaScript strings may hold one, UTF-8 (and so PostgreSQL) cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls other than tab and newline: PostgreSQL refuses NUL, and the rest are invisible
// noise from copy-paste and serial gateways that no screen can show.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text as PostgreSQL stores it and screens show it: line breaks made `\n`, other control characters
 * dropped, lone surrogates replaced by U+FFFD. Storing it again changes nothing.
 */
export function toStorableText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
}

export function isStorableText(text: string): boolean {
  return toStorableText(text) === text;
}

/** Free text (descriptions, names, notes, reasons): normalised by `toStorableText` before its other checks. */
export function storableText() {
  return z.string().overwrite(toStorableText);
}

/** Text that means something exactly (a code, an id, a URL): refused, not changed, when it is not storable. */
export function exactStorableText() {
  return z.string().refine(isStorableText, "must not contain control characters or lone surrogates");
}
