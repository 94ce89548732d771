// The kit's tags as Vue GlobalComponents: vue-tsc checks their props and @kpi-… handlers.
import type {} from 'kpi-kit/vue';

// strictTemplates checks native elements too, and Vue's HTML types have no data-* attributes.
declare module 'vue' {
  interface HTMLAttributes {
    [name: `data-${string}`]: unknown;
  }
}
