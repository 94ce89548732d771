/**
 * For servers that render the kit (Lit SSR). In the browser the full validator and its diagnostics load on
 * demand, the first time a document is invalid; a server renders in one pass and cannot wait for them.
 * Import this module once on the server, beside the tag modules, so an invalid document renders its
 * error panel there too:
 *
 * ```js
 * import 'kpi-kit/ssr.js';
 * import 'kpi-kit/kpi-card.js';
 * ```
 */
import { validateKpiDocument } from './core/validate.js';
import { provideFullValidator } from './elements/kpi-element.js';

provideFullValidator(validateKpiDocument);
