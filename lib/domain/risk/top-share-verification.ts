/**
 * The warning a ranking makes when the top share of cells is flagged, scored as a forecast is against what
 * happened (the contingency table of forecast verification): the hit rate (probability of detection: flooded
 * cells that were flagged, over all flooded cells) and the false-alarm rate (probability of false detection:
 * dry cells flagged, over all dry cells). Cells tied with the last flagged one are flagged too, so the result
 * never depends on the order of ties.
 */
export interface TopShareVerification {
  flagged: number;
  hitRate: number;
  falseAlarmRate: number;
}

export function verifyTopShare(scores: readonly number[], flooded: readonly boolean[], share: number): TopShareVerification {
  if (scores.length !== flooded.length) throw new Error("verifyTopShare: as many labels as scores");
  if (!(share > 0 && share <= 1)) throw new Error("verifyTopShare: share in (0, 1]");
  const descending = [...scores].sort((a, b) => b - a);
  const count = Math.max(1, Math.ceil(share * scores.length));
  const threshold = descending[Math.min(count, descending.length) - 1] ?? Number.POSITIVE_INFINITY;
  let flagged = 0;
  let hits = 0;
  let floodedCount = 0;
  let falseAlarms = 0;
  scores.forEach((score, index) => {
    const flag = score >= threshold;
    if (flag) flagged += 1;
    if (flooded[index]) {
      floodedCount += 1;
      if (flag) hits += 1;
    } else if (flag) {
      falseAlarms += 1;
    }
  });
  const dry = scores.length - floodedCount;
  return {
    flagged,
    hitRate: floodedCount === 0 ? Number.NaN : hits / floodedCount,
    falseAlarmRate: dry === 0 ? Number.NaN : falseAlarms / dry,
  };
}
