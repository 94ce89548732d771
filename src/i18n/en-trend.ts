/**
 * The English words only a trend says: its summary, legend, lanes, table, keyboard help and
 * announcements. Part of `en.ts`; at run time `core/trend.ts` adds them (`addEnglish`) when a
 * trend's code loads, so a card does not carry them.
 */
export default {
  // ── Trend (core/trend.ts describeTrend, kpi-trend) ────────────────────────
  'trend.summary.noValues': 'no trend yet: no values',
  'trend.summary.oneValue': 'no trend yet: one value',
  /** `span` is trend.span.*. */
  'trend.summary.flat': 'flat {span}',
  'trend.summary.moved': '{movement, select, up {up {size} {span}} other {down {size} {span}}}',
  /** A change beyond the range of numbers: the way only. */
  'trend.summary.movedNoSize': '{movement, select, up {up {span}} other {down {span}}}',
  /** The summary with the pace verdict. */
  'trend.summary.withPace': '{summary}, {pace}',
  'trend.span.withinDay': 'within a day',
  /** `duration` from formatDuration: "3 months". */
  'trend.span.over': 'over {duration}',
  /** kpi-trend renderTrend: the plot's accessible name. */
  'trend.name': '{label}: {summary}; {story}',
  'trend.showTable': 'Show as table',
  'trend.showChart': 'Show as chart',
  /** kpi-trend: the keyboard help (aria-describedby). */
  'trend.keys': 'Arrow keys move between points, Home and End jump to the first and last, Enter selects.',
  /** kpi-trend describePoint: the live-region announcement of the focused point; `index`/`total` are numbers. */
  'trend.point': '{date}: {value}, {status}. Point {index} of {total}.',
  'trend.pointWithTarget': '{date}: {value}, target {target}, {status}. Point {index} of {total}.',
  /** kpi-trend renderTooltip. */
  'trend.tooltip.target': 'Target {target}',
  /** kpi-trend empty state text. */
  'trend.empty': 'No data yet. The source answered, but it holds no points for this KPI.',
  /** kpi-trend renderLegend. */
  'legend.name': 'Legend',
  'legend.target': 'Target {target}',
  'legend.targetStep': 'Target for each period',
  'legend.glide': 'Glide path, baseline to target',
  'legend.projection': 'Projection and its likely range',
  'legend.floor': 'Floor {value}',
  'legend.ceiling': 'Ceiling {value}',
  'legend.breach': 'Past a floor or ceiling',
  'legend.comparison': 'Earlier period, shifted onto this one',
  /** kpi-trend note markers and legend notes: the accessible name; `date` may be a <time> part. */
  'legend.note': 'Note {number}, {date}: {label}',
  /** kpi-trend note label (visible). */
  'legend.noteWords': '{date}: {label}',
  /** kpi-trend renderLanes: a guardrail lane's detail. */
  'lane.detail': '{value} ({limit}), {breaches, plural, =0 {never breached in view} one {breached once in view} other {breached # times in view}}',
  /** kpi-trend renderTable. */
  'table.caption': '{label}: {count, plural, one {# point} other {# points}}',
  'table.captionLatest': '{label}: the latest {shown} of {count, plural, one {# point} other {# points}}',
  'table.date': 'Date',
  'table.value': 'Value',
  'table.target': 'Target',
  'table.status': 'Status',
  'table.noValue': 'no value',
  'table.annotations': 'Annotations',
} as const;
