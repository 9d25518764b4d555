import { describe, expect, it } from "vitest";
import { parseByteRange } from "@/lib/http/byte-range";

describe("parseByteRange", () => {
  it("reads a range, an open-ended range and a suffix, cut to the file", () => {
    expect(parseByteRange("bytes=0-16383", 100_000)).toEqual({ kind: "partial", span: { start: 0, end: 16_383 } });
    expect(parseByteRange("bytes=0-16383", 1_000)).toEqual({ kind: "partial", span: { start: 0, end: 999 } });
    expect(parseByteRange("bytes=500-", 1_000)).toEqual({ kind: "partial", span: { start: 500, end: 999 } });
    expect(parseByteRange("bytes=-100", 1_000)).toEqual({ kind: "partial", span: { start: 900, end: 999 } });
    expect(parseByteRange("bytes=-5000", 1_000)).toEqual({ kind: "partial", span: { start: 0, end: 999 } });
  });

  it("answers the whole file without a header, or with one it does not serve", () => {
    expect(parseByteRange(null, 10)).toEqual({ kind: "whole" });
    expect(parseByteRange("bytes=0-1,5-6", 10)).toEqual({ kind: "whole" });
    expect(parseByteRange("items=0-1", 10)).toEqual({ kind: "whole" });
    expect(parseByteRange("bytes=5-2", 10)).toEqual({ kind: "whole" });
    expect(parseByteRange("bytes=-", 10)).toEqual({ kind: "whole" });
  });

  it("refuses a range wholly beyond the end", () => {
    expect(parseByteRange("bytes=10-20", 10)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=-0", 10)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });
});
