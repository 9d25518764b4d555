import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/domain/identity/password";

describe("password hashing", () => {
  it("verifies the password it hashed and nothing else", async () => {
    const hash = await hashPassword("tonglan2026");
    expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain("tonglan2026");
    expect(await verifyPassword("tonglan2026", hash)).toBe(true);
    expect(await verifyPassword("tonglan2027", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash, so one password never hashes the same twice", async () => {
    const [a, b] = await Promise.all([hashPassword("同一个密码"), hashPassword("同一个密码")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("同一个密码", b)).toBe(true);
  });

  it("refuses stored values it did not write, rather than throwing", async () => {
    for (const stored of ["", "plain-text", "bcrypt$10$abc", "scrypt$abc$8$1$c2FsdA==$a2V5", "scrypt$1099511627776$8$1$c2FsdA==$a2V5", "scrypt$3$8$1$c2FsdA==$a2V5"]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });
});
