/**
 * React 19 and <kpi-card>: React 19 sets a custom element's props as properties
 * when the element has them (so `data` gets the object, not "[object Object]"),
 * and listens for custom events through `on<event-name>` props. The JSX types
 * come from the package (`kpi-kit/jsx`, generated from its custom elements
 * manifest), so `onkpi-select`'s event is typed and a wrong prop does not compile.
 */
import { useState } from 'react';
import 'kpi-kit/kpi-card.js';
import type {} from 'kpi-kit/jsx';

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
      <kpi-card data={data} onkpi-select={(event) => setSelected(event.detail.id)} />
      <kpi-card
        src={src}
        onkpi-select={(event) => setSelected(event.detail.id)}
        onkpi-status-change={({ detail }) => setChanges((list) => [...list, `${detail.id}: ${detail.from ?? 'none'} → ${detail.to}`])}
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
