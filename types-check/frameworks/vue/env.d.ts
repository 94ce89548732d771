// What an app adds once: the kit's tags as Vue GlobalComponents.
import type {} from 'kpi-kit/vue';
