import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** A JSON array with one element per line: compact, yet diffs stay readable. */
export async function writeJsonLines(path: string, rows: readonly unknown[]): Promise<number> {
  return write(path, `[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`);
}

export async function writeJsonCompact(path: string, value: unknown): Promise<number> {
  return write(path, `${JSON.stringify(value)}\n`);
}

async function write(path: string, text: string): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return Buffer.byteLength(text);
}
