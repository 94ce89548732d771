/** ISO 8601 parsing shared by the schema and the model, kept apart so neither imports the other. */

/** `2026-09-30`, `2026-09-30T12:00`, `2026-09-30T12:00:00.000Z`, `2026-09-30 12:00+02:00`. */
export const ISO_8601_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * ISO 8601 duration: `P2D`, `PT36H`, `P1W`, and calendar units `P1M`, `P1Y2M3DT4H5M6S` (whole years and
 * months, which have no fixed length and are added in the UTC calendar).
 */
export const ISO_8601_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?!$)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 string, or NaN. Dates without a
 * zone are read as UTC so a document means the same everywhere. Only ISO
 * strings are read (never the engine's lenient local-time parsing), and
 * impossible dates such as 30 February are refused, not rolled over.
 */
export function isoToEpochMs(text: string): number {
  const match = ISO_8601_DATE.exec(text);
  if (!match) return NaN;
  const [, year, month, day, hour, minute = '00', , zone] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth) return NaN;
  if (Number(hour ?? 0) > 23 || Number(minute) > 59) return NaN;
  let iso = text.replace(' ', 'T');
  if (hour === undefined) iso += 'T00:00:00Z';
  else if (zone === undefined) iso += 'Z';
  return Date.parse(iso);
}
