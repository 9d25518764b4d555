/**
 * Area under the ROC curve of a ranking: the chance that a cell which flooded scores above one that did not,
 * ties counting half (the Mann–Whitney U statistic over the product of the class sizes). NaN when either
 * class is empty, since no ranking can then be judged.
 */
export function rocAuc(scores: readonly number[], flooded: readonly boolean[]): number {
  if (scores.length !== flooded.length) throw new Error("rocAuc: as many labels as scores");
  const ranked = scores.map((score, index) => ({ score, flooded: flooded[index] === true })).sort((a, b) => a.score - b.score);
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < ranked.length; ) {
    let end = start;
    while (end + 1 < ranked.length && ranked[end + 1]?.score === ranked[start]?.score) end += 1;
    // Ranks are 1-based; tied scores share the mean of the ranks they span.
    const sharedRank = (start + end + 2) / 2;
    for (const entry of ranked.slice(start, end + 1)) {
      if (!entry.flooded) continue;
      positives += 1;
      positiveRankSum += sharedRank;
    }
    start = end + 1;
  }
  const negatives = ranked.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
