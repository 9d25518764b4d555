/** An instant as CAP writes it: seconds, no fraction, an explicit offset (the city's, +08:00 for Shanghai). */
export function formatCapDateTime(instant: Date, offsetMinutes = 480): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, "0");
  return `${local}${sign}${hours}:${minutes}`;
}
