/** Registers `<kpi-card>`. Importing this module is the only side effect; importing it twice is harmless. */
import { KpiCard } from './elements/kpi-card/kpi-card.component.js';

export { KpiCard };

if (!customElements.get('kpi-card')) customElements.define('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
