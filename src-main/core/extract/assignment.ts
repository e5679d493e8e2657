/**
 * Maximum-weight assignment (Hungarian method, O(n²m)): each source row gets at most one
 * template row and each template row at most one source row, maximising the total score.
 * A greedy "best first" pass would let an early row take a template row that a later row
 * matches better ("Tập thể" under 4 taking 9.1).
 */

/** For `score[i][j] ≥ 0`, the column chosen for each row (or -1). Pairs scoring 0 are never chosen. */
export function maxWeightAssignment(score: number[][]): number[] {
  const n = score.length;
  const m = n ? score[0].length : 0;
  if (!n || !m) return new Array(n).fill(-1);
  if (n > m) {
    const transposed = Array.from({ length: m }, (_, j) => score.map((row) => row[j]));
    const colOfRow = new Array(n).fill(-1);
    maxWeightAssignment(transposed).forEach((i, j) => {
      if (i >= 0) colOfRow[i] = j;
    });
    return colOfRow;
  }
  // Minimise cost = -score over an n ≤ m matrix (1-based potentials, classic formulation).
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array(n + 1).fill(0);
  const v = new Array(m + 1).fill(0);
  const p = new Array(m + 1).fill(0);
  const way = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(m + 1).fill(INF);
    const used = new Array(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -score[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const colOfRow = new Array(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    if (p[j] && score[p[j] - 1][j - 1] > 0) colOfRow[p[j] - 1] = j - 1;
  }
  return colOfRow;
}
