/**
 * React 18 and <kpi-card>, through `kpi-kit/react`: React 18 sets every prop of a
 * plain custom element as an attribute ("[object Object]" for `data`) and ignores
 * custom events. The package's wrappers (thin `@lit/react` components) set `data`
 * as a property and bind `kpi-select` to `onKpiSelect`, `kpi-status-change` to
 * `onKpiStatusChange`, typed with the kit's events. Importing `KpiCard` from
 * `kpi-kit/react` also defines `<kpi-card>`.
 *
 * The app installs `react`, `react-dom` and `@lit/react` (an optional peer
 * dependency of kpi-kit) beside `kpi-kit`.
 */
import { useState } from 'react';
import { KpiCard } from 'kpi-kit/react';

export interface KpiDashboardProps {
  /** A KPI document the app already has: passed to the first card as `.data`. */
  data: unknown;
  /** URL of a KPI document for the second card to fetch; its status changes are reported. */
  src: string;
}

export function KpiDashboard({ data, src }: KpiDashboardProps) {
  const [selected, setSelected] = useState<string>();
  const [changes, setChanges] = useState<string[]>([]);

  return (
    <section>
      <KpiCard data={data} onKpiSelect={(event) => setSelected(event.detail.id)} />
      <KpiCard
        src={src}
        onKpiSelect={(event) => setSelected(event.detail.id)}
        onKpiStatusChange={({ detail }) => setChanges((list) => [...list, `${detail.id}: ${detail.from ?? 'none'} → ${detail.to}`])}
      />
      <p data-testid="selected">{selected ? `Selected: ${selected}` : 'Nothing selected'}</p>
      <ul data-testid="status-changes">
        {changes.map((change, index) => (
          <li key={index}>{change}</li>
        ))}
      </ul>
    </section>
  );
}
