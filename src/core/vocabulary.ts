/**
 * The words a KPI document chooses from. Valibot-free, so code that only needs
 * the lists (lead-lag's cadences, say) does not load the schema built from them.
 */
export const DIRECTIONS = ['increase', 'decrease', 'target'] as const;
export const STATUSES = ['good', 'warning', 'critical', 'neutral'] as const;
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export const KINDS = ['leading', 'lagging'] as const;
