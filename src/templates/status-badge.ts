import { html, svg, type TemplateResult } from 'lit';
import type { KpiStatus } from '../core/document.js';

/** A distinct shape per status, so status never rests on colour alone. */
const ICONS: Readonly<Record<KpiStatus, TemplateResult>> = {
  // Check in a circle.
  good: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z"/>`,
  // Exclamation in a triangle.
  warning: svg`<path d="M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2V9h2v5Z"/>`,
  // Cross in an octagon.
  critical: svg`<path d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Zm1.5 6L8 9.4l2.6 2.6L8 14.6 9.4 16l2.6-2.6 2.6 2.6 1.4-1.4-2.6-2.6L16 9.4 14.6 8 12 10.6 9.4 8Z"/>`,
  // Dash in a circle.
  neutral: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm5 11H7v-2h10v2Z"/>`,
};

export function statusIcon(level: KpiStatus): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[level]}</svg>`;
}

/** Icon and word; the word is real text, so it is read and can be selected. */
export function statusBadge(level: KpiStatus, word: string, part = 'status'): TemplateResult {
  return html`<span class="status" part=${part} data-level=${level}>${statusIcon(level)}<span>${word}</span></span>`;
}
