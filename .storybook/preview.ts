import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:kpi-kit/custom-elements';
import { publicApi } from './public-api.js';

// Controls and the Docs tables (attributes, properties, events, slots, CSS
// custom properties, parts) come from the class JSDoc, via the manifest.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
    },
    a11y: {
      // Every story must render with zero axe violations; a violation fails the story's test.
      test: 'error',
    },
    docs: {
      toc: true,
    },
  },
};

export default preview;
