import type { HouseholdView, ResidentCategory, SessionUser } from "@/lib/contracts";

export interface ContactDraft {
  name: string;
  relation: string;
  phone: string;
}

/** The registration form as typed: strings, as the inputs hold them. */
export interface HouseholdDraft {
  category: ResidentCategory;
  name: string;
  address: string;
  phone: string;
  idNumber: string;
  lat: string;
  lng: string;
  waterMeterId: string;
  electricityMeterId: string;
  gridWorkerId: string;
  familyContacts: ContactDraft[];
  consentGivenBy: string;
  /** `datetime-local`, the phone's wall clock. */
  consentAt: string;
  consentScope: string;
}

/** `2026-12-06T14:05` in the phone's own time zone, as `datetime-local` inputs take it. */
export function localDateTime(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function emptyDraft(user: SessionUser, consentScope: string, now: Date): HouseholdDraft {
  return {
    category: "elderly_alone",
    name: "",
    address: "",
    phone: "",
    idNumber: "",
    lat: "",
    lng: "",
    waterMeterId: "",
    electricityMeterId: "",
    gridWorkerId: user.workerId ?? "",
    familyContacts: [{ name: "", relation: "", phone: "" }],
    consentGivenBy: "",
    consentAt: localDateTime(now),
    consentScope,
  };
}

/** A household seen whole, as the form to change it. */
export function draftOf(view: HouseholdView): HouseholdDraft {
  return {
    category: view.category,
    name: view.name,
    address: view.address,
    phone: view.phone ?? "",
    idNumber: view.idNumber ?? "",
    lat: view.location ? String(view.location.lat) : "",
    lng: view.location ? String(view.location.lng) : "",
    waterMeterId: view.waterMeterId ?? "",
    electricityMeterId: view.electricityMeterId ?? "",
    gridWorkerId: view.gridWorkerId,
    familyContacts: view.familyContacts.map(({ name, relation, phone }) => ({ name, relation, phone })),
    consentGivenBy: view.consent.givenBy,
    consentAt: localDateTime(new Date(view.consent.at)),
    consentScope: view.consent.scope,
  };
}

const optional = (value: string) => value.trim() || undefined;
const number = (value: string) => (value.trim() === "" ? undefined : Number(value));

/** The API's body: empty optional fields left out, rows of contacts left wholly empty dropped; the API judges the rest. */
export function bodyOf(draft: HouseholdDraft) {
  const at = new Date(draft.consentAt);
  return {
    category: draft.category,
    name: draft.name.trim(),
    address: draft.address.trim(),
    phone: optional(draft.phone),
    idNumber: optional(draft.idNumber),
    location: { lat: number(draft.lat), lng: number(draft.lng) },
    waterMeterId: optional(draft.waterMeterId),
    electricityMeterId: optional(draft.electricityMeterId),
    gridWorkerId: draft.gridWorkerId.trim(),
    familyContacts: draft.familyContacts
      .filter((c) => c.name.trim() || c.relation.trim() || c.phone.trim())
      .map((c) => ({ name: c.name.trim(), relation: c.relation.trim(), phone: c.phone.trim() })),
    consent: { givenBy: draft.consentGivenBy.trim(), at: Number.isNaN(at.getTime()) ? draft.consentAt : at.toISOString(), scope: draft.consentScope.trim() },
  };
}

export type HouseholdBody = ReturnType<typeof bodyOf>;

/** Of a changed form, the fields that differ from what was loaded: what a PATCH sends. */
export function changedFields(before: HouseholdBody, after: HouseholdBody): Partial<HouseholdBody> {
  const keys = Object.keys(after) as (keyof HouseholdBody)[];
  return Object.fromEntries(keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => [k, after[k]]));
}
