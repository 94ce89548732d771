// React 18 with kpi-kit/react: each line after an `expect-error` comment must be an error,
// and every other line must compile (scripts/check-framework-types.js).
import { useRef } from 'react';
import type { KpiCard as KpiCardElement, KpiDocument, KpiSelectEvent, KpiStatusChangeEvent } from 'kpi-kit';
import { KpiCard, KpiSource, KpiTrend, LeadingLaggingBoard } from 'kpi-kit/react';

const kpi: KpiDocument = { id: 'retention', label: 'Retention', value: 0.4 };
const onSelect = (event: KpiSelectEvent): string => event.detail.id;
const onStatusChange = (event: KpiStatusChangeEvent): string => event.detail.to;
const onNumber = (value: number): number => value;

export function Right() {
  const ref = useRef<KpiCardElement>(null);
  return (
    <>
      <KpiCard ref={ref} data={kpi} sparkline yDomain="zero" refresh={60} onKpiSelect={onSelect} onKpiStatusChange={onStatusChange} />
      <KpiCard src="/api/kpi.json" className="wide" transform={(json) => json} onKpiError={(event) => event.detail.keptLastGood} />
      <KpiTrend src="/api/kpi.json" compare area yDomain="fit" onKpiPointSelect={(event) => event.detail.index} />
      <LeadingLaggingBoard src="/api/board.json" compact onKpiSelect={onSelect} />
      <KpiSource id="ops" src="/api/ops.json" refresh={300} onKpiLoad={(event) => event.detail.origin} />
    </>
  );
}

export const wrong = [
  // expect-error: refresh is a number of seconds
  <KpiCard refresh="abc" />,
  // expect-error: yDomain is 'zero' or 'fit'
  <KpiTrend yDomain="log" />,
  // expect-error: no such prop
  <KpiCard nope={1} />,
  // expect-error: an onKpiSelect handler gets a KpiSelectEvent, not a KpiStatusChangeEvent
  <KpiCard onKpiSelect={onStatusChange} />,
  // expect-error: a handler of a number is no event handler
  <LeadingLaggingBoard onKpiSelect={onNumber} />,
  // expect-error: kpi-select's detail has no value
  <KpiCard onKpiSelect={(event) => event.detail.value} />,
];
