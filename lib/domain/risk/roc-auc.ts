/**
 * Area under the ROC curve of a ranking: the chance that a cell which flooded scores above one that did not,
 * ties counting half (the Mann–Whitney U statistic over the product of the class sizes). NaN when either
 * class is empty, since no ranking can then be judged.
 */
export function rocAuc(scores: readonly number[], flooded: readonly boolean[]): number {
  if (scores.length !== flooded.length) throw new Error("rocAuc: as many labels as scores");
  const order = scores.map((_, index) => index).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end += 1;
    // Ranks are 1-based; tied scores share the mean of the ranks they span.
    const sharedRank = (start + end + 2) / 2;
    for (let k = start; k <= end; k += 1) {
      if (flooded[order[k]]) {
        positives += 1;
        positiveRankSum += sharedRank;
      }
    }
    start = end + 1;
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
