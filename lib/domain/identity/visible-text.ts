import type { Actor } from "@/lib/domain/cases/case-rules";
import { maskPersonalNumbers } from "./mask-personal-numbers";
import { canSeePhone, type PhoneContext } from "./phone-visibility";

/**
 * Free text about a case (a description, a note, a reason) as `viewer` may read it: numbers typed
 * into it are personal data like the reporter's phone field, so the same rule decides who reads them.
 */
export function visibleText(text: string, viewer: Actor, context: PhoneContext): string {
  return canSeePhone(viewer, context) ? text : maskPersonalNumbers(text);
}

/** The string values of a record (a history entry's detail) masked; the very record when none changes. */
export function maskRecordText<T extends Record<string, unknown>>(record: T): T {
  let masked: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string") continue;
    const text = maskPersonalNumbers(value);
    if (text !== value) (masked ??= { ...record })[key] = text;
  }
  return (masked as T | null) ?? record;
}
