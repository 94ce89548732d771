/** Builds validated KPIs for tests from partial documents, failing loudly on an invalid one. */
import type { KpiDocument } from '../../src/core/document.js';
import type { Kpi } from '../../src/core/model.js';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';

export function kpi(partial: Partial<KpiDocument>): Kpi {
  const result = validateKpiDocument({ id: 'k', label: 'KPI', ...partial });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.kpi;
}
