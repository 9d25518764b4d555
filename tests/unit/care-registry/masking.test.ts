import { describe, expect, it } from "vitest";
import { householdViewSchema, type HouseholdView } from "@/lib/contracts/care";
import { maskHousehold } from "@/lib/domain/care-registry/mask-household";
import { maskName, streetOfAddress } from "@/lib/domain/care-registry/personal-data-masks";

describe("personal data masks", () => {
  it("keeps the family name's first character of a name, whatever its length", () => {
    expect(maskName("王秀英")).toBe("王*");
    expect(maskName("欧阳")).toBe("欧*");
    expect(maskName(" 李 ")).toBe("李*");
    expect(maskName("")).toBe("*");
  });

  it("cuts an address to its street", () => {
    expect(streetOfAddress("黄浦区南京东路123弄4号502室")).toBe("黄浦区南京东路…");
    expect(streetOfAddress("静安区延安中路")).toBe("静安区延安中路");
    expect(streetOfAddress("浦东新区世纪大道100号")).toBe("浦东新区世纪大道…");
    expect(streetOfAddress("某小区7号楼301")).toBe("某小区7号楼…");
  });
});

const household: HouseholdView = {
  id: "7d4b2c1e-0000-4000-8000-000000000001",
  category: "elderly_alone",
  masked: false,
  name: "王秀英",
  address: "黄浦区南京东路123弄4号502室",
  phone: "13912345678",
  idNumber: "31010119400101123X",
  location: { lat: 31.23, lng: 121.48 },
  district: 310101,
  gridCell: "89309959b8fffff",
  waterMeterId: "WM-0001",
  electricityMeterId: "EM-0001",
  gridWorkerId: "W0001",
  familyContacts: [{ name: "王建国", relation: "儿子", phone: "13800001111" }],
  consent: { givenBy: "王秀英", at: "2026-11-01T02:00:00.000Z", scope: "水电表数据用于关怀告警" },
  absences: [{ id: "a", reason: "hospital", startsAt: "2026-12-01T00:00:00.000Z", endsAt: "2026-12-09T00:00:00.000Z", note: "瑞金医院心内科" }],
  openAlerts: 1,
  demo: false,
  version: 3,
  updatedAt: "2026-12-05T00:00:00.000Z",
};

describe("maskHousehold", () => {
  it("masks every personal field and drops the ID number, the position and the absence notes", () => {
    const masked = maskHousehold(household);
    expect(masked).toMatchObject({
      masked: true,
      name: "王*",
      address: "黄浦区南京东路…",
      phone: "139****5678",
      idNumber: null,
      location: null,
      familyContacts: [{ name: "王*", relation: "儿子", phone: "138****1111" }],
      consent: { givenBy: "王*" },
    });
    expect(masked.absences[0]!.note).toBe("");
    const text = JSON.stringify(masked);
    for (const secret of ["王秀英", "123弄", "13912345678", "31010119400101123X", "王建国", "13800001111", "瑞金医院"]) expect(text).not.toContain(secret);
  });

  it("gives a view the pages can read: masked phones are no phone numbers, and the view's contract knows it", () => {
    expect(householdViewSchema.parse(maskHousehold(household)).familyContacts[0]!.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it("keeps what the screens and counts need: category, grid, district, open alerts", () => {
    expect(maskHousehold(household)).toMatchObject({ category: "elderly_alone", gridCell: "89309959b8fffff", district: 310101, openAlerts: 1 });
  });
});
