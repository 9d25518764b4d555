/** Every Redis key of one deployment hangs under its prefix, so tests and demos can share a server. */
export function redisKeys(prefix: string) {
  return {
    deltaSeq: `${prefix}:delta:seq`,
    deltaLog: `${prefix}:delta:log`,
    workerPositions: `${prefix}:workers:geo`,
    workerFixTimes: `${prefix}:workers:fix-times`,
    socketChannel: `${prefix}:socket.io`,
  } as const;
}
