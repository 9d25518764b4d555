/**
 * A tile's PMTiles v3 id: the tiles of every lower zoom counted first, then the tile's position on
 * the zoom's Hilbert curve.
 */
export function tileId(z: number, x: number, y: number): number {
  const side = 2 ** z;
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new Error(`zoom ${z} out of range`);
  if (x < 0 || y < 0 || x >= side || y >= side) throw new Error(`tile ${z}/${x}/${y} outside its zoom`);
  const lowerZooms = (4 ** z - 1) / 3;
  let position = 0;
  let [px, py] = [x, y];
  for (let half = side / 2; half >= 1; half /= 2) {
    const rx = px & half ? 1 : 0;
    const ry = py & half ? 1 : 0;
    position += half * half * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve continues where the previous quadrant ended.
    if (ry === 0) {
      if (rx === 1) {
        px = side - 1 - px;
        py = side - 1 - py;
      }
      [px, py] = [py, px];
    }
  }
  return lowerZooms + position;
}
