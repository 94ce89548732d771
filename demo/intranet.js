/**
 * The operations review page's own script: the "Reload all" button and the
 * line saying when the shared data last arrived. It is a module file rather
 * than an inline script or an `onclick` attribute, so the page runs under
 * `script-src 'self'` with Trusted Types enforced (it only sets textContent).
 * It talks to the page's one <kpi-source> through its public API: `reload()`,
 * and the `kpi-load` and `kpi-error` events the source fires for its fetches.
 */
const source = document.getElementById('ops');
const button = document.getElementById('reload-all');
const loadedAt = document.getElementById('loaded-at');
const status = document.getElementById('reload-status');

if (source && button && loadedAt && status) {
  const clock = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { timeStyle: 'medium' });
  const readers = () => document.querySelectorAll('[source="ops"]').length;
  /** Set by the button, so a reload the reader asked for is announced, but not the poll every minute. */
  let asked = false;

  const show = (text) => {
    loadedAt.textContent = text;
    if (asked) status.textContent = text;
    asked = false;
  };

  source.addEventListener('kpi-load', (event) => {
    const at = clock.format(new Date());
    show(event.detail.notModified ? `Checked at ${at}: unchanged.` : `Loaded at ${at}: one request for all ${readers()} cards and charts.`);
  });

  source.addEventListener('kpi-error', (event) => {
    const { failure, keptLastGood } = event.detail;
    const at = clock.format(new Date());
    show(
      keptLastGood
        ? `Refresh failed at ${at}; every card keeps the last good data. ${failure.message}`
        : `Could not load the data at ${at}. ${failure.message}`,
    );
  });

  button.addEventListener('click', () => {
    asked = true;
    status.textContent = '';
    source.reload();
  });

  await customElements.whenDefined('kpi-source');
  // The first response may have landed before this module ran.
  if (source.json !== undefined && loadedAt.textContent === 'Loading…') {
    loadedAt.textContent = `Loaded: one request for all ${readers()} cards and charts.`;
  }
  button.disabled = false;
}
