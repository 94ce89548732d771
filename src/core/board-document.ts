/**
 * The board document: the JSON behind a leading/lagging board. It lists goals
 * (objectives) and, for each, its outcomes (lagging KPIs), the leading
 * indicators that predict them and the guardrails that must not get worse.
 *
 * Every KPI in it is a KPI document (`KpiDocumentSchema`); a leading indicator
 * adds `leads`, the ids of the outcomes of its goal that it predicts. This
 * valibot schema is the source of truth for the board's types and for a
 * published JSON Schema; `board.ts` validates with the same building blocks.
 *
 * ```json
 * {
 *   "id": "saas", "label": "Acme growth board",
 *   "goals": [{
 *     "id": "expand-revenue", "label": "Grow revenue from existing customers",
 *     "outcomes": [{ "id": "net-revenue-retention", "label": "Net revenue retention", "value": 1.08 }],
 *     "leading": [{ "id": "activation-rate", "label": "Activation rate", "value": 0.36, "leads": ["net-revenue-retention"] }],
 *     "guardrails": [{ "id": "support-tickets", "label": "Support tickets", "value": 512, "direction": "decrease", "target": { "value": 450 } }],
 *     "hygiene": { "off": ["stale-data"] }
 *   }],
 *   "hygiene": { "off": ["too-many-kpis"] }
 * }
 * ```
 */
import * as v from 'valibot';
import { schemaMessage as m } from '../i18n/diagnostic-words.js';
import { HYGIENE_RULES } from './hygiene-rules.js';
import { KpiDocumentSchema } from './document.js';

export { HYGIENE_RULES, type HygieneRule } from './hygiene-rules.js';

// The same wording as document.ts, so board and KPI diagnostics read alike.
const text = v.pipe(v.string(m('diagnostic.expected.string')), v.nonEmpty(m('diagnostic.expected.nonEmptyString')));

const hygiene = v.object(
  {
    /** Hygiene rules not to check here. */
    off: v.optional(
      v.array(
        v.picklist(HYGIENE_RULES, m('diagnostic.expected.hygieneRule', { rules: HYGIENE_RULES.map((rule) => `"${rule}"`) })),
        m('diagnostic.expected.hygieneRules'),
      ),
    ),
  },
  m('diagnostic.expected.object'),
);

/** The ids of the outcomes a leading indicator predicts: outcomes of its own goal, at least one. */
export const LeadsSchema = v.pipe(v.array(text, m('diagnostic.expected.outcomeIds')), v.minLength(1, m('diagnostic.expected.outcomeId')));

/** A KPI document that leads one or more outcomes. */
export const LeadingKpiDocumentSchema = v.object({ ...KpiDocumentSchema.entries, leads: LeadsSchema });

/**
 * The board's shape with the schema of each KPI slot as a parameter, so the
 * published schema (full KPI documents) and the validator's shell (KPI slots
 * left to `validateKpiDocument`) cannot drift apart.
 */
export function boardSchemaOf<TKpi extends v.GenericSchema, TLeading extends v.GenericSchema>(kpi: TKpi, leading: TLeading) {
  const goal = v.object(
    {
      id: text,
      label: text,
      description: v.optional(v.string(m('diagnostic.expected.string'))),
      owner: v.optional(text),
      /** The lagging KPIs that say whether the goal is met. May be empty while the goal is drafted. */
      outcomes: v.array(kpi, m('diagnostic.expected.kpis')),
      /** The KPIs that predict the outcomes, each naming the outcomes it leads. */
      leading: v.array(leading, m('diagnostic.expected.leadingKpis', { leads: '"leads"' })),
      /** KPIs that must not get worse while the outcomes are pushed. */
      guardrails: v.optional(v.array(kpi, m('diagnostic.expected.kpis'))),
      hygiene: v.optional(hygiene),
    },
    m('diagnostic.expected.object'),
  );
  return v.object(
    {
      id: v.optional(text),
      label: v.optional(text),
      goals: v.array(goal, m('diagnostic.expected.goals')),
      hygiene: v.optional(hygiene),
    },
    m('diagnostic.expected.object'),
  );
}

/** The board document with every KPI a full KPI document: the schema to publish as JSON Schema. */
export const BoardDocumentSchema = boardSchemaOf(KpiDocumentSchema, LeadingKpiDocumentSchema);

/** A board document as written in JSON. */
export type BoardDocument = v.InferInput<typeof BoardDocumentSchema>;
export type GoalDocument = BoardDocument['goals'][number];
export type LeadingKpiDocument = v.InferInput<typeof LeadingKpiDocumentSchema>;
