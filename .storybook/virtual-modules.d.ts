/** custom-elements.json, served by ./custom-elements-manifest.ts (generated when missing or stale). */
declare module 'virtual:kpi-kit/custom-elements' {
  const manifest: import('./public-api.js').CustomElementsManifest;
  export default manifest;
}
