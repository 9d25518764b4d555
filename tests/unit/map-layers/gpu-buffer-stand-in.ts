import type { Device } from "@luma.gl/core";

/** A GPU buffer as far as the dots' upload uses one: it keeps the bytes written and counts the bytes written. */
export class BufferStandIn {
  readonly bytes: Uint8Array;
  bytesWritten = 0;
  destroyed = false;

  constructor(readonly byteLength: number) {
    this.bytes = new Uint8Array(byteLength);
  }

  write(data: Uint8Array, byteOffset = 0): void {
    this.bytes.set(data, byteOffset);
    this.bytesWritten += data.byteLength;
  }

  destroy(): void {
    this.destroyed = true;
  }
}

/** A device whose buffers are stand-ins, so that what reaches the "GPU" can be read back in node. */
export function deviceStandIn() {
  const buffers: BufferStandIn[] = [];
  const device = {
    createBuffer: ({ byteLength }: { byteLength: number }) => {
      const buffer = new BufferStandIn(byteLength);
      buffers.push(buffer);
      return buffer;
    },
  };
  return { device: device as unknown as Device, buffers };
}
