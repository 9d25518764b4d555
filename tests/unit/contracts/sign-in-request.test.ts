import { describe, expect, it } from "vitest";
import { signInRequestSchema } from "@/lib/contracts/identity";

describe("sign-in request", () => {
  it("refuses a username PostgreSQL could not compare (NUL, lone surrogates), naming the field", () => {
    for (const username of ["admin\u0000", "\uD800admin", "ad\u001Bmin"]) {
      const parsed = signInRequestSchema.safeParse({ username, password: "x" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["username"]);
    }
  });

  it("takes an ordinary one, trimmed", () => {
    expect(signInRequestSchema.parse({ username: " 周敏 ", password: "p\u0000w" })).toEqual({ username: "周敏", password: "p\u0000w" });
  });
});
