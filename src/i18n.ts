/**
 * The kit's words, for the page: `kpi-kit/i18n.js`. Plain functions and data, no registration and no
 * `eval`, so it works from a module script under a strict CSP. See the README, "Your own words / other languages".
 *
 * ```js
 * import { setKpiMessages } from 'kpi-kit/i18n.js';
 * setKpiMessages({ 'status.level.good': 'green', 'status.level.warning': 'amber', 'status.level.critical': 'red' });
 * ```
 */
export {
  ensureMessages,
  formatMessage,
  formatWords,
  hasMessages,
  KIT_LOCALES,
  messageText,
  onMessagesChange,
  resetKpiMessages,
  resolveMessageLocale,
  setKpiMessages,
} from './i18n/index.js';
export type { Catalogue, KitLocale, MessageKey, MessageOverrides, MessageValues, SetMessagesOptions, Words } from './i18n/index.js';
