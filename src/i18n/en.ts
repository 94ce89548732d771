/**
 * The English catalogue: the source of every word the kit shows or speaks, built in.
 * Its type defines the keys and, through `types.ts`, each message's placeholders.
 *
 * Each message is one whole sentence or label with named placeholders (syntax in
 * message-format.ts). Values are formatted before they arrive (numbers by the KPI's
 * `Formatters`, dates, ages and durations by Intl), except `#` and plain numbers, which
 * the message formats with `Intl.NumberFormat` of the locale. Quotes around a label belong
 * to the message, so each language uses its own („…“, « … », 「…」, «…»).
 *
 * The comment on each message (in the three parts below) says where it is used. The parts are
 * loaded where they are needed, so an entry carries only the words it can say: `<kpi-source>`
 * only the author's (through the data layer), a card no board words.
 */
import author from './en-author.js';
import analysis from './en-analysis.js';
import board from './en-board.js';
import core from './en-core.js';
import diagnostics from './en-diagnostics.js';
import trend from './en-trend.js';
import view from './en-view.js';

/**
 * Every English message, by key: the words every element carries (`en-core.ts`), a KPI view's (`en-view.ts`), a trend's and a
 * board's own (`en-trend.ts`, `en-board.ts`, `en-analysis.ts`, added when their code loads) and the page's author's
 * (`en-author.ts`, with the data layer that says them) and validation's (`en-diagnostics.ts`, with the validators). Its type defines the keys and each message's placeholders; the catalogue tests
 * hold every translation to it.
 */
export default { ...core, ...view, ...trend, ...board, ...analysis, ...author, ...diagnostics } as const;
