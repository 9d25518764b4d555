import { IndexedMinHeap } from "./indexed-min-heap";

/**
 * Rows (cases) to columns (workers) over a sparse set of allowed pairs: row r may take the
 * columns `edgeColumn[rowStart[r] .. rowStart[r + 1])` at `edgeCost[...]` (non-negative).
 * Column c takes at most `capacity[c]` rows.
 */
export interface SparseAssignmentProblem {
  rowCount: number;
  capacity: Int32Array;
  rowStart: Int32Array;
  edgeColumn: Int32Array;
  edgeCost: Float64Array;
}

/**
 * Capacitated minimum-cost assignment by successive shortest augmenting paths (the Hungarian
 * method with Johnson potentials, rows added one at a time as in Jonker–Volgenant).
 *
 * Rows are taken in order. Each gets the cheapest augmenting path from it to a column with room,
 * which may move earlier rows to other columns; a row with no such path stays unassigned. So the
 * rows served are as many as can be, an earlier row is never dropped for a later one, and among
 * assignments of those rows the total cost is the least possible.
 *
 * Returns, per row, the index of the edge it was assigned by, or -1.
 */
export function solveMinCostAssignment(problem: SparseAssignmentProblem): Int32Array {
  const { rowCount, capacity, rowStart, edgeColumn, edgeCost } = problem;
  const columnCount = capacity.length;
  // Nodes: rows 0..n-1, columns n..n+m-1, and one sink after them that every column with room reaches at no cost.
  const sink = rowCount + columnCount;
  const nodeCount = sink + 1;

  const assignedEdge = new Int32Array(rowCount).fill(-1);
  const used = new Int32Array(columnCount);
  // Rows held by each column, as singly linked lists through `nextInColumn`.
  const firstInColumn = new Int32Array(columnCount).fill(-1);
  const nextInColumn = new Int32Array(rowCount).fill(-1);

  // Potentials keep every reduced cost non-negative, so that Dijkstra applies despite the negative
  // cost of moving a row off its column.
  const potential = new Float64Array(nodeCount);
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const settled = new Uint8Array(nodeCount);
  const previous = new Int32Array(nodeCount);
  const previousEdge = new Int32Array(nodeCount);
  const heap = new IndexedMinHeap(nodeCount);
  // Nodes a search labelled: only these need resetting, and only the settled ones new potentials.
  const touched = new Int32Array(nodeCount);
  let touchedCount = 0;

  const columnOf = (row: number): number => {
    const edge = assignedEdge[row]!;
    return edge < 0 ? -1 : edgeColumn[edge]!;
  };

  const detach = (row: number, column: number): void => {
    let at = firstInColumn[column]!;
    if (at === row) {
      firstInColumn[column] = nextInColumn[row]!;
      return;
    }
    while (at >= 0 && nextInColumn[at] !== row) at = nextInColumn[at]!;
    if (at >= 0) nextInColumn[at] = nextInColumn[row]!;
  };

  const relax = (node: number, to: number, candidate: number, edge: number): void => {
    if (settled[to] || candidate >= distance[to]!) return;
    if (distance[to] === Infinity) touched[touchedCount++] = to;
    distance[to] = candidate;
    previous[to] = node;
    previousEdge[to] = edge;
    heap.push(to, candidate);
  };

  /** Shortest reduced distances from `source` until the sink is settled; false when it cannot be reached. */
  const searchFrom = (source: number): boolean => {
    for (let i = 0; i < touchedCount; i++) {
      distance[touched[i]!] = Infinity;
      settled[touched[i]!] = 0;
    }
    heap.clear();
    touched[0] = source;
    touchedCount = 1;
    distance[source] = 0;
    heap.push(source, 0);
    while (!heap.isEmpty()) {
      const node = heap.pop();
      settled[node] = 1;
      if (node === sink) return true;
      const here = distance[node]!;
      if (node < rowCount) {
        const own = assignedEdge[node]!;
        for (let e = rowStart[node]!; e < rowStart[node + 1]!; e++) {
          if (e === own) continue;
          const column = rowCount + edgeColumn[e]!;
          relax(node, column, here + edgeCost[e]! + potential[node]! - potential[column]!, e);
        }
      } else {
        const c = node - rowCount;
        if (used[c]! < capacity[c]!) relax(node, sink, here + potential[node]! - potential[sink]!, -1);
        for (let row = firstInColumn[c]!; row >= 0; row = nextInColumn[row]!) {
          relax(node, row, here - edgeCost[assignedEdge[row]!]! + potential[node]! - potential[row]!, -1);
        }
      }
    }
    return false;
  };

  const augment = (): void => {
    const last = previous[sink]! - rowCount;
    used[last]! += 1;
    for (let column = previous[sink]!; ; ) {
      const row = previous[column]!;
      const from = columnOf(row);
      if (from >= 0) detach(row, from);
      assignedEdge[row] = previousEdge[column]!;
      nextInColumn[row] = firstInColumn[column - rowCount]!;
      firstInColumn[column - rowCount] = row;
      if (from < 0) return;
      column = rowCount + from;
    }
  };

  // Raising every potential by min(distance, distance to the sink) keeps reduced costs
  // non-negative. Only differences of potentials matter, so the nodes not settled, all raised by
  // the same amount, are left alone and the settled ones lowered by that amount instead.
  const updatePotentials = (): void => {
    const reached = distance[sink]!;
    for (let i = 0; i < touchedCount; i++) {
      const node = touched[i]!;
      if (settled[node]) potential[node]! += distance[node]! - reached;
    }
  };

  for (let row = 0; row < rowCount; row++) {
    if (rowStart[row] === rowStart[row + 1]) continue;
    if (!searchFrom(row)) continue;
    updatePotentials();
    augment();
  }
  return assignedEdge;
}
