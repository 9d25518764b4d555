import { describe, expect, it } from "vitest";
import { socketMessageParser } from "@/lib/realtime/socket-message-parser";

describe("socketMessageParser", () => {
  it("carries a socket.io broadcast through Redis as JSON, read back from the bytes Redis hands over", () => {
    const broadcast = ["uid", { type: 2, data: ["deltas", [{ seq: 7, kind: "case", case: { id: "c1", description: "道路积水" } }]], nsp: "/" }, { rooms: ["screen"], except: [] }];
    const encoded = socketMessageParser.encode(broadcast);
    expect(socketMessageParser.decode(Buffer.from(encoded))).toEqual(broadcast);
  });

  it("turns a message it cannot read (msgpack from a process not yet upgraded) into an empty one instead of throwing", () => {
    const msgpackArray = Buffer.from([0x93, 0xa3, 0x75, 0x69, 0x64, 0x80, 0x80]);
    expect(socketMessageParser.decode(msgpackArray)).toEqual([]);
  });
});
