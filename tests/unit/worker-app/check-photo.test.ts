import { describe, expect, it } from "vitest";
import { checkPhoto, uploadBodyLimit } from "@/lib/domain/photos/check-photo";
import { sniffImageType } from "@/lib/domain/photos/sniff-image-type";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
const webp = bytes(...ascii("RIFF"), 0x24, 0x00, 0x00, 0x00, ...ascii("WEBPVP8 "));

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by their first bytes", () => {
    expect(sniffImageType(jpeg)).toBe("image/jpeg");
    expect(sniffImageType(png)).toBe("image/png");
    expect(sniffImageType(webp)).toBe("image/webp");
  });

  it("refuses other files and lookalikes, whatever they are called", () => {
    expect(sniffImageType(bytes(...ascii("GIF89a")))).toBeNull();
    expect(sniffImageType(bytes(...ascii("<svg xmlns=")))).toBeNull();
    expect(sniffImageType(bytes(...ascii("%PDF-1.7")))).toBeNull();
    // A RIFF container that is not WebP (a WAV file), and truncated signatures.
    expect(sniffImageType(bytes(...ascii("RIFF"), 0, 0, 0, 0, ...ascii("WAVE")))).toBeNull();
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(png.subarray(0, 7))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});

describe("checkPhoto", () => {
  it("accepts an image up to the limit, with the type its bytes say", () => {
    const exactly = new Uint8Array(64);
    exactly.set(png);
    expect(checkPhoto(exactly, 64)).toEqual({ ok: true, mime: "image/png" });
  });

  it("answers 413 one byte past the limit, before looking at the type", () => {
    const over = new Uint8Array(65);
    expect(checkPhoto(over, 64)).toMatchObject({ ok: false, status: 413, code: "photo_too_large" });
  });

  it("answers 415 for a file that is not a JPEG, PNG or WebP, and 400 for an empty one", () => {
    expect(checkPhoto(bytes(...ascii("GIF89a")), 64)).toMatchObject({ ok: false, status: 415, code: "unsupported_photo_type" });
    expect(checkPhoto(bytes(), 64)).toMatchObject({ ok: false, status: 400, code: "empty_photo" });
  });

  it("lets the multipart body carry the photo plus a small envelope, no more", () => {
    expect(uploadBodyLimit(8 * 1024 * 1024)).toBeGreaterThan(8 * 1024 * 1024);
    expect(uploadBodyLimit(8 * 1024 * 1024)).toBeLessThan(8 * 1024 * 1024 + 64 * 1024);
  });
});
