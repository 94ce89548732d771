/**
 * Imported for its effect (declared in package.json `sideEffects`): adds a KPI view's English words
 * (`en-view.ts`) to the words at hand. The core modules that say them import it, so they load with the
 * view's code, beside an element's data, and its skeleton paints without them.
 */
import words from './en-view.js';
import { addEnglish } from './index.js';

addEnglish(words);
