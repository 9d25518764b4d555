/**
 * How socket.io messages travel through Redis between the emitters (workers, web) and the adapter
 * (web). Everything the screens are sent is plain JSON, so V8's native JSON does the encoding: the
 * default, a msgpack coder written in JavaScript, took about 5 % of the worker's CPU under load.
 */
export const socketMessageParser = {
  encode: (message: unknown): string => JSON.stringify(message),
  decode(message: Buffer | string): unknown {
    try {
      return JSON.parse(message.toString());
    } catch {
      // A process of an older version, mid-upgrade, still sends msgpack. Its message is dropped (an
      // empty message is one the adapter ignores); screens fetch the deltas they missed from the log.
      return [];
    }
  },
};
