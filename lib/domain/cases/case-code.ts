import { shanghaiDateStamp } from "../time/shanghai-day";

/** Human-readable case number, e.g. SH20261123-000042: day of report in Shanghai and a global sequence. */
export function formatCaseCode(createdAt: Date, sequence: number): string {
  return `SH${shanghaiDateStamp(createdAt)}-${String(sequence).padStart(6, "0")}`;
}
