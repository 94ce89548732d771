/** Registers `<kpi-source>`. Importing this module is the only side effect; importing it twice is harmless. */
import { KpiSource } from './elements/kpi-source/kpi-source.component.js';

export { KpiSource };

if (!customElements.get('kpi-source')) customElements.define('kpi-source', KpiSource);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-source': KpiSource;
  }
}
