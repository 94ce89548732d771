/** Registers `<leading-lagging-board>` (and the `<kpi-card>` it is made of). Importing it twice is harmless. */
import { LeadingLaggingBoard } from './elements/leading-lagging-board/leading-lagging-board.component.js';

export { LeadingLaggingBoard };

if (!customElements.get('leading-lagging-board')) customElements.define('leading-lagging-board', LeadingLaggingBoard);

declare global {
  interface HTMLElementTagNameMap {
    'leading-lagging-board': LeadingLaggingBoard;
  }
}
