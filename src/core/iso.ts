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
  return dateOnlyMs(text) ?? isoPatternToEpochMs(text);
}

/** Char code of '0'. */
const ZERO = 48;

/**
 * A date-only time, `YYYY-MM-DD` (what most KPI APIs send, and the board's every point), read from its
 * char codes: the same number `isoPatternToEpochMs` gives, without its regular expression, Date object and
 * Date.parse per point. `undefined` for anything else (a date-time, a number, another year range), which
 * `isoPatternToEpochMs` reads. Years before 1000 are left to it: Date.UTC reads years 0–99 as 1900–1999.
 */
function dateOnlyMs(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return undefined;
    year = year * 10 + d;
  }
  const m1 = text.charCodeAt(5) - ZERO;
  const m2 = text.charCodeAt(6) - ZERO;
  const d1 = text.charCodeAt(8) - ZERO;
  const d2 = text.charCodeAt(9) - ZERO;
  if (!(m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9) || year < 1000) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return NaN;
  // Impossible dates (30 February) are refused, not rolled over, as the pattern's reading refuses them.
  if (day > 28 && day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return NaN;
  return Date.UTC(year, month - 1, day);
}

/** Any ISO 8601 date or date-time, read by `ISO_8601_DATE`. Exported for the test that keeps `dateOnlyMs` equal to it. */
export function isoPatternToEpochMs(text: string): number {
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

/**
 * The `now` attribute: an ISO 8601 date or date-time (`2026-11-23`, `2026-11-23T09:00Z`),
 * or epoch milliseconds. Anything else is `undefined`, so the element keeps the current time.
 */
export function reportTimeFromAttribute(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const trimmed = text.trim();
  const ms = /^-?\d+$/.test(trimmed) ? Number(trimmed) : isoToEpochMs(trimmed);
  return Number.isFinite(ms) ? ms : undefined;
}
