/** An inclusive span of a file's bytes. */
export interface ByteSpan {
  start: number;
  end: number;
}

export type RangeRequest =
  /** No Range header, or one this server ignores (several ranges, another unit): the whole file. */
  | { kind: "whole" }
  | { kind: "partial"; span: ByteSpan }
  /** 416: no byte of the range lies in the file. */
  | { kind: "unsatisfiable" };

/** A `Range: bytes=…` header for a file of `size` bytes (RFC 9110 §14), one range at most. */
export function parseByteRange(header: string | null, size: number): RangeRequest {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return { kind: "whole" };
  const [, first, last] = match as unknown as [string, string, string];
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", span: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", span: { start, end } };
}
