import { describe, expect, it } from "vitest";
import { bodyOf, changedFields, draftOf, emptyDraft } from "@/app/m/_care/household-draft";
import { fieldErrorsOf } from "@/app/m/_care/field-errors";
import { ApiError } from "@/app/m/_shared/api";
import type { HouseholdView, SessionUser } from "@/lib/contracts";

const worker: SessionUser = { id: "user-worker", username: "worker", displayName: "方建", role: "grid_worker", department: null, workerId: "W0001", phone: null };
const view: HouseholdView = {
  id: "9d3c8a4e-0000-4000-8000-000000000001",
  category: "elderly_alone",
  masked: false,
  name: "钱桂芳",
  address: "黄浦区瞿溪路120弄5号302室",
  phone: "13912340000",
  idNumber: null,
  location: { lat: 31.20734, lng: 121.47931 },
  district: 310101,
  gridCell: "89309959b8fffff",
  waterMeterId: null,
  electricityMeterId: null,
  gridWorkerId: "W0001",
  familyContacts: [{ name: "钱明", relation: "儿子", phone: "13822223333" }],
  consent: { givenBy: "钱桂芳", at: "2026-12-06T06:24:37.123Z", scope: "水电表读数用于独居关怀告警" },
  absences: [],
  openAlerts: 0,
  demo: false,
  version: 3,
  updatedAt: "2026-12-06T06:24:00.000Z",
};

describe("the care registry form's body", () => {
  it("leaves out empty optional fields and wholly empty contact rows, and keeps the grid worker", () => {
    const body = bodyOf({ ...emptyDraft(worker, "水电表读数用于独居关怀告警", new Date()), name: " 钱桂芳 ", lat: "31.2", lng: "" });
    expect(body).toMatchObject({ name: "钱桂芳", phone: undefined, idNumber: undefined, gridWorkerId: "W0001", familyContacts: [] });
    expect(body.location).toEqual({ lat: 31.2, lng: undefined });
  });

  it("sends a changed household's changed fields only (a consent time with seconds is not a change)", () => {
    const draft = draftOf(view);
    const edited = { ...draft, familyContacts: [{ ...draft.familyContacts[0]!, phone: "13855556666" }] };
    expect(changedFields(bodyOf(draft), bodyOf(edited))).toEqual({ familyContacts: [{ name: "钱明", relation: "儿子", phone: "13855556666" }] });
    expect(changedFields(bodyOf(draft), bodyOf(draftOf(view)))).toEqual({});
  });
});

describe("the API's field paths on the form", () => {
  it("names nested fields as the form does, and keeps contact rows by index", () => {
    const error = new ApiError(400, "invalid_request", "bad", [
      { path: "location.lat", message: "too small" },
      { path: "consent.givenBy", message: "required" },
      { path: "familyContacts.0.phone", message: "a phone number" },
      { path: "phone", message: "a phone number" },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ lat: "too small", consentGivenBy: "required", "familyContacts.0.phone": "a phone number", phone: "a phone number" });
  });
});
