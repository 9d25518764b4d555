import type { HouseholdView } from "@/lib/contracts/care";
import { maskPhone } from "@/lib/domain/identity/mask-phone";
import { maskName, streetOfAddress } from "./personal-data-masks";

/** A household as those without need to know see it: every personal field masked, the ID number and position gone. */
export function maskHousehold(view: HouseholdView): HouseholdView {
  return {
    ...view,
    masked: true,
    name: maskName(view.name),
    address: streetOfAddress(view.address),
    phone: view.phone === null ? null : maskPhone(view.phone),
    idNumber: null,
    location: null,
    familyContacts: view.familyContacts.map((c) => ({ name: maskName(c.name), relation: c.relation, phone: maskPhone(c.phone) })),
    consent: { ...view.consent, givenBy: maskName(view.consent.givenBy) },
    absences: view.absences.map((a) => ({ ...a, note: "" })),
  };
}
