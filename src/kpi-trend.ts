/** Registers `<kpi-trend>`. Importing this module is the only side effect; importing it twice is harmless. */
import { KpiTrend } from './elements/kpi-trend/kpi-trend.component.js';

export { KpiTrend };

if (!customElements.get('kpi-trend')) customElements.define('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
