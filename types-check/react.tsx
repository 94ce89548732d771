// React 19 with the generated JSX types: right props compile, wrong ones must not.
// Each `@ts-expect-error` fails the check if its line stops being an error.
import type {} from 'kpi-kit/jsx';
import type { KpiCard, KpiDocument, LeadingLaggingBoard } from 'kpi-kit';

const kpi: KpiDocument = { id: 'retention', label: 'Retention', value: 0.4 };

export const right = (
  <>
    <kpi-card
      data={kpi}
      sparkline
      compact={false}
      y-domain="zero"
      refresh={60}
      now={Date.UTC(2026, 8, 30)}
      transform={(json) => json}
      onkpi-select={(event) => {
        const id: string = event.detail.id;
        const card: KpiCard = event.target;
        return [id, card];
      }}
      onkpi-error={(event) => event.detail.keptLastGood}
    />
    <kpi-trend src="/api/kpi.json" yDomain="fit" area compare onkpi-point-select={(event) => event.detail.index} />
    <leading-lagging-board
      src="/api/board.json"
      onkpi-select={(event) => {
        const board: LeadingLaggingBoard = event.target;
        return board;
      }}
    />
  </>
);

// @ts-expect-error refresh is a number of seconds, not a string
export const wrongRefresh = <kpi-card refresh="60" />;
// @ts-expect-error y-domain is 'zero' or 'fit'
export const wrongDomain = <kpi-card y-domain="log" />;
// @ts-expect-error compact is a boolean
export const wrongSparkline = <kpi-trend compact="yes" />;
// @ts-expect-error no such property
export const unknownProp = <kpi-card colour="red" />;
// @ts-expect-error status is read-only: the element computes it
export const readonlyProp = <kpi-card status="good" />;
// @ts-expect-error kpi-select's detail has no `value`
export const wrongDetail = <kpi-card onkpi-select={(event) => event.detail.value} />;
