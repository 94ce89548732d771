/**
 * The hygiene checks (see `hygiene.ts`), by the names a document uses to
 * switch them off in `hygiene.off`, board-wide or per goal. Valibot-free, so
 * the fast board check reads the same list as the board schema.
 */
export const HYGIENE_RULES = ['too-many-kpis', 'incomplete-kpi', 'stale-data', 'missing-guardrail', 'unrelated-leading-indicator', 'suspicious-times'] as const;

export type HygieneRule = (typeof HYGIENE_RULES)[number];
