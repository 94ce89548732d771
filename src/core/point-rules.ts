/**
 * The rules for a series point, as plain predicates without valibot: the KPI
 * schema (`document.ts`) is built from them, and the fast structural check and
 * the elements use them as they are, so no path can disagree with another.
 */
import { ISO_8601_DATE, isoToEpochMs } from './iso.js';

/** The range a JavaScript Date can hold: ±100,000,000 days around the epoch. */
export const MAX_EPOCH_MS = 8.64e15;

/** A point's value: a finite number, or `null` for a gap. */
export const isPointValue = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isFinite(value));
/** Epoch milliseconds a Date can hold. */
export const isEpochMs = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= -MAX_EPOCH_MS && value <= MAX_EPOCH_MS;
/** An ISO 8601 date or date-time naming a real calendar instant. */
export const isIsoTimestamp = (value: unknown): value is string => typeof value === 'string' && ISO_8601_DATE.test(value) && !Number.isNaN(isoToEpochMs(value));
/** A point in time: an ISO 8601 date (or date-time), or epoch milliseconds. */
export const isTimestamp = (value: unknown): value is string | number => isEpochMs(value) || isIsoTimestamp(value);
