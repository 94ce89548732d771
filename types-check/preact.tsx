// Preact with the generated JSX types (the `preact` module augmentation).
import type {} from 'kpi-kit/jsx';
import type { KpiDocument } from 'kpi-kit';

const kpi: KpiDocument = { id: 'retention', label: 'Retention', value: 0.4 };

export const right = (
  <div>
    <kpi-card data={kpi} sparkline y-domain="zero" refresh={60} onkpi-select={(event) => event.detail.id} />
    <kpi-trend src="/api/kpi.json" compare />
    <leading-lagging-board src="/api/board.json" />
  </div>
);

// @ts-expect-error refresh is a number of seconds, not a string
export const wrongRefresh = <kpi-card refresh="60" />;
// @ts-expect-error y-domain is 'zero' or 'fit'
export const wrongDomain = <kpi-trend y-domain="log" />;
// @ts-expect-error no such property
export const unknownProp = <leading-lagging-board colour="red" />;
