import { describe, expect, it } from "vitest";
import { alertAtomFeed } from "@/lib/domain/alerts/alert-feed";
import { readXmlTree } from "@/lib/domain/alerts/read-xml-tree";
import { anAlert } from "./alert-fixtures";

const site = { baseUrl: "https://city.example", title: "城市预警", now: new Date("2021-07-25T00:00:00Z") };

describe("alertAtomFeed", () => {
  it("gives each alert an entry linking its CAP document, its text escaped, the feed updated at the newest", () => {
    const older = anAlert("0b4f7a52-3c1e-4f7e-9a4b-1f2e3d4c5b6a", { origin: "issued" }, [{ headline: "积水 <预警> & 封路", description: "低洼路段" }]);
    const newer = anAlert("1c5e8b63-4d2f-4a8f-8b5c-2a3f4e5d6c7b", { origin: "issued" });
    newer.alert.sent = "2021-07-25T09:00:00+08:00";
    const feed = alertAtomFeed([newer, older], site);

    const read = readXmlTree(feed, 100_000);
    if (!read.ok) throw new Error(read.message);
    expect([read.root.ns, read.root.local]).toEqual(["http://www.w3.org/2005/Atom", "feed"]);
    const entries = read.root.children.filter((child) => child.local === "entry");
    expect(entries).toHaveLength(2);
    expect(read.root.children.find((child) => child.local === "updated")?.text).toBe("2021-07-25T01:00:00.000Z");
    const link = entries[1]!.children.find((child) => child.local === "link")!;
    expect(Object.fromEntries(link.attributes.map((attribute) => [attribute.name, attribute.value]))).toEqual({
      rel: "alternate",
      type: "application/cap+xml",
      href: "https://city.example/api/alerts/0b4f7a52-3c1e-4f7e-9a4b-1f2e3d4c5b6a.xml",
    });
    expect(entries[1]!.children.find((child) => child.local === "title")?.text).toBe("积水 <预警> & 封路");
  });

  it("is a valid empty feed with no alerts", () => {
    const read = readXmlTree(alertAtomFeed([], site), 100_000);
    expect(read.ok && read.root.children.find((child) => child.local === "updated")?.text).toBe("2021-07-25T00:00:00.000Z");
  });
});
