import type { ApiError } from "../_shared/api";
import type { CareFormField } from "../_i18n/mobile-messages";

/** The API's field paths (`location.lat`, `familyContacts.0.phone`, `consent.givenBy`) as the form's fields. */
const formFieldOfPath: Record<string, CareFormField> = {
  location: "location",
  "location.lat": "lat",
  "location.lng": "lng",
  "consent.givenBy": "consentGivenBy",
  "consent.at": "consentAt",
  "consent.scope": "consentScope",
};

export type FieldErrors = Partial<Record<string, string>>;

/** Each field the API named, under the form's own name for it; contact rows keep their index (`familyContacts.0.phone`). */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  return Object.fromEntries(error.fields.map((f) => [formFieldOfPath[f.path] ?? f.path, f.message]));
}
