/**
 * For servers that render the kit (Lit SSR). In the browser, parts most pages never need at first paint load
 * on demand: reading a KPI (mapping, validation, the view) and a card's face, beside the first element's data; the
 * full validator and its diagnostics (the first time a document is invalid), a card's sparkline, a board's lead times and hygiene notes. A server renders in one pass and cannot
 * wait for them. Import this module once on the server, beside the tag modules, so those render there too:
 *
 * ```js
 * import 'kpi-kit/ssr.js';
 * import 'kpi-kit/kpi-card.js';
 * ```
 */
import { validateKpiDocument } from './core/validate.js';
import * as cardFace from './elements/kpi-card/card-face.js';
import { cardFacePart } from './elements/kpi-card/card-face-part.js';
import * as cardSparkline from './elements/kpi-card/card-sparkline.js';
import { sparklinePart } from './elements/kpi-card/sparkline-part.js';
import * as kpiReading from './elements/kpi-reading.js';
import { readingPart } from './elements/kpi-reading-part.js';
import * as trendChart from './elements/kpi-trend/trend-chart.js';
import { trendChartPart } from './elements/kpi-trend/trend-chart-part.js';
import * as boardFace from './elements/leading-lagging-board/board-face.js';
import { boardFacePart } from './elements/leading-lagging-board/board-face-part.js';
import * as boardAnalysis from './elements/leading-lagging-board/board-analysis.js';
import { analysisPart } from './elements/leading-lagging-board/analysis-part.js';

kpiReading.provideFullValidator(validateKpiDocument);
// Reading a KPI (mapping, validation, the view), which the browser fetches beside the first element's data.
readingPart.provide(kpiReading);
// The card's face (value, verdict, target, bullet graph, guardrails), which the browser fetches beside its data.
cardFacePart.provide(cardFace);
// The trend's chart, which the browser fetches beside its data.
trendChartPart.provide(trendChart);
// The card's sparkline, which the browser fetches when the first card shows one.
sparklinePart.provide(cardSparkline);
// The board's face (its screen and lanes), which the browser fetches beside its data.
boardFacePart.provide(boardFace);
// The board's lead times and hygiene notes, which the browser fetches after the lanes paint.
analysisPart.provide(boardAnalysis);
