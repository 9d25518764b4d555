import { describe, expect, it } from "vitest";
import { maskPhone } from "@/lib/domain/identity/mask-phone";

describe("maskPhone", () => {
  it("keeps the first three and last four digits of a mobile number", () => {
    expect(maskPhone("13912345678")).toBe("139****5678");
  });

  it("masks the middle of longer numbers and the whole of short ones", () => {
    expect(maskPhone("+8613912345678")).toBe("+86*******5678");
    expect(maskPhone("021-63211234")).toBe("021*****1234");
    expect(maskPhone("110")).toBe("***");
    expect(maskPhone("")).toBe("");
  });
});
