// The canonical text form of PostgreSQL's uuid type. An id outside it names no row, so a lookup can
// answer "none" instead of sending a query the database refuses with an error.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** The ids of a list that can name a row; the others are left out, as unknown ids are. */
export function onlyUuids(values: readonly string[]): string[] {
  return values.filter(isUuid);
}
