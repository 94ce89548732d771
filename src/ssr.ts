/**
 * For servers that render the kit (Lit SSR). In the browser, parts most pages never need at first paint load
 * on demand: the full validator and its diagnostics (the first time a document is invalid), a card's
 * sparkline, a board's lead times and hygiene notes. A server renders in one pass and cannot
 * wait for them. Import this module once on the server, beside the tag modules, so those render there too:
 *
 * ```js
 * import 'kpi-kit/ssr.js';
 * import 'kpi-kit/kpi-card.js';
 * ```
 */
import { validateKpiDocument } from './core/validate.js';
import * as cardSparkline from './elements/kpi-card/card-sparkline.js';
import { sparklinePart } from './elements/kpi-card/sparkline-part.js';
import { provideFullValidator } from './elements/kpi-element.js';
import * as boardAnalysis from './elements/leading-lagging-board/board-analysis.js';
import { analysisPart } from './elements/leading-lagging-board/analysis-part.js';

provideFullValidator(validateKpiDocument);
// The card's sparkline, which the browser fetches when the first card shows one.
sparklinePart.provide(cardSparkline);
// The board's lead times and hygiene notes, which the browser fetches after the lanes paint.
analysisPart.provide(boardAnalysis);
