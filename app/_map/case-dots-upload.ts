import { Buffer, type Device } from "@luma.gl/core";
import { rowBytes, rowLayout, type CaseDotsData } from "./case-dots";

/** deck.gl's binary data for the dots: the rows live in one GPU buffer, each attribute a view into it. */
export interface CaseDotsLayerData {
  readonly length: number;
  readonly dots: CaseDotsData["dots"];
  readonly attributes: ReturnType<typeof attributesIn>;
}

function attributesIn(buffer: Buffer) {
  const view = (offset: number, size: number, type: "float32" | "unorm8") => ({ buffer, offset, size, type, stride: rowBytes });
  return {
    getPosition: view(rowLayout.position, 2, "float32"),
    getRadius: view(rowLayout.radius, 1, "float32"),
    getLineWidth: view(rowLayout.lineWidth, 1, "float32"),
    getFillColor: view(rowLayout.fillColor, 4, "unorm8"),
    getLineColor: view(rowLayout.lineColor, 4, "unorm8"),
  };
}

/**
 * Keeps the dots' rows on the GPU: after a change, only the rows that changed since the last upload
 * are written, so a frame with twenty updates moves a few kilobytes instead of every dot.
 */
export class CaseDotsUpload {
  private buffer: Buffer | null = null;
  private uploaded: CaseDotsData | null = null;
  private layerData: CaseDotsLayerData | null = null;

  constructor(private readonly device: Device) {}

  sync(data: CaseDotsData): CaseDotsLayerData {
    if (data === this.uploaded && this.layerData) return this.layerData;
    let { buffer, layerData } = this;
    if (!buffer || buffer.byteLength < data.length * rowBytes) {
      buffer?.destroy();
      buffer = this.device.createBuffer({ byteLength: data.length * rowBytes, usage: Buffer.VERTEX | Buffer.COPY_DST });
      layerData = null;
    }
    const ranges = layerData && this.uploaded?.dots === data.dots ? data.dots.changedSince(this.uploaded.version) : null;
    if (ranges === null) buffer.write(data.dots.rowBytes(0, data.length));
    else for (const { startRow, endRow } of ranges) buffer.write(data.dots.rowBytes(startRow, endRow), startRow * rowBytes);
    this.buffer = buffer;
    this.uploaded = data;
    this.layerData = { length: data.length, dots: data.dots, attributes: layerData?.attributes ?? attributesIn(buffer) };
    return this.layerData;
  }

  destroy(): void {
    this.buffer?.destroy();
    this.buffer = null;
    this.uploaded = null;
    this.layerData = null;
  }
}
