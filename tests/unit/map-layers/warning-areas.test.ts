import { describe, expect, it } from "vitest";
import { circleRing, warningAreas, warningListings } from "@/app/_map/warning-areas";
import { warningAreasLayer } from "@/app/_map/warning-areas-layer";
import { anAlert } from "../alerts/alert-fixtures";

const noon = new Date("2021-07-25T12:00:00+08:00");
const typhoon = "0b4f7a52-3c1e-4f7e-9a4b-1f2e3d4c5b6a";
const rain = "1c5e8b63-4d2f-4a8f-8b5c-2a3f4e5d6c7b";

describe("warning areas on the map", () => {
  it("draws a CAP circle as a closed ring at its radius", () => {
    const ring = circleRing({ lat: 31.23, lon: 121.47 }, 10);
    expect(ring[0]).toEqual(ring.at(-1));
    const [lon, lat] = ring[0]!;
    const eastKm = (lon - 121.47) * 111.32 * Math.cos((31.23 * Math.PI) / 180);
    expect(eastKm).toBeCloseTo(10, 6);
    expect(lat).toBeCloseTo(31.23, 9);
  });

  it("draws the polygons and circles of alerts in force only, the most severe on top", () => {
    const alerts = [
      anAlert(typhoon, {}, [{ severity: "Extreme" }]),
      anAlert(rain, {}, [{ event: "暴雨蓝色预警", severity: "Minor" }]),
      anAlert("2d6f9c74-5e3a-4b9a-9c6d-3b4a5f6e7d8c", { state: "cancelled" }),
      anAlert("3e7a0d85-6f4b-4cab-8d7e-4c5b6a7f8e9d", {}, [{ expires: "2021-07-25T11:00:00+08:00" }]),
    ];
    const areas = warningAreas(alerts, "zh", noon);
    expect(areas.map((area) => [area.alertId, area.severity])).toEqual([
      [rain, "Minor"],
      [rain, "Minor"],
      [typhoon, "Extreme"],
      [typhoon, "Extreme"],
    ]);
    expect(areas[2]!.ring[0]).toEqual([121.5, 31.1]);
    expect(warningAreasLayer(areas).props.data).toBe(areas);
  });

  it("shows one info block per alert, in the screen's language when there is one", () => {
    const bilingual = anAlert(typhoon, {}, [
      { language: "en-US", headline: "Typhoon warning" },
      { language: "zh-CN", headline: "台风橙色预警" },
    ]);
    expect(warningListings([bilingual], "zh", noon).map((listing) => listing.title)).toEqual(["台风橙色预警"]);
    expect(warningListings([bilingual], "en", noon).map((listing) => listing.title)).toEqual(["Typhoon warning"]);
    expect(warningAreas([bilingual], "en", noon)).toHaveLength(2);
  });

  it("lists the most severe first, with its areas and expiry", () => {
    const listings = warningListings([anAlert(rain, {}, [{ severity: "Minor" }]), anAlert(typhoon, { origin: "issued" }, [{ severity: "Severe" }])], "zh", noon);
    expect(listings).toEqual([
      { alertId: typhoon, severity: "Severe", title: "台风橙色预警", areaNames: ["浦东新区"], expires: "2021-07-25T20:00:00+08:00", origin: "issued" },
      { alertId: rain, severity: "Minor", title: "台风橙色预警", areaNames: ["浦东新区"], expires: "2021-07-25T20:00:00+08:00", origin: "received" },
    ]);
  });
});
