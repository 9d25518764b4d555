import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The content of a zip archive's only entry, stored or deflated, read with node:zlib so that the importer needs no
 * unzip installed. Sizes come from the central directory: a local header may defer them to a data descriptor.
 */
export function readSingleZipEntry(zip: Buffer): { name: string; content: Buffer } {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error("not a zip archive: no end of central directory");
  const entries = zip.readUInt16LE(end + 10);
  if (entries !== 1) throw new Error(`expected one entry in the archive, found ${entries}`);
  const central = zip.readUInt32LE(end + 16);
  if (zip.readUInt32LE(central) !== CENTRAL_DIRECTORY_ENTRY) throw new Error("corrupt central directory");
  const method = zip.readUInt16LE(central + 10);
  const compressedSize = zip.readUInt32LE(central + 20);
  const nameLength = zip.readUInt16LE(central + 28);
  const name = zip.toString("utf8", central + 46, central + 46 + nameLength);
  const local = zip.readUInt32LE(central + 42);
  if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error("corrupt local file header");
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(dataStart, dataStart + compressedSize);
  if (method === 0) return { name, content: Buffer.from(data) };
  if (method === 8) return { name, content: inflateRawSync(data) };
  throw new Error(`unsupported zip compression method ${method}`);
}
