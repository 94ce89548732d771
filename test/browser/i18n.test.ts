import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/kpi-card.js';
import '../../src/kpi-trend.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiErrorEvent } from '../../src/events/kpi-error.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { KpiDocument } from '../../src/core/document.js';
import { resetKpiMessages, setKpiMessages } from '../../src/i18n.js';
import { activationRate } from '../../stories/fixtures/index.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);

/** The activation-rate fixture with the kit's own words: no band labels, no comparison label of its own. */
const { bands: _bands, ...unlabelled } = activationRate;
const activation: KpiDocument = { ...unlabelled, comparison: { type: 'previous' } };

/** Bands without labels: the status word is the level's own word (`status.level.*`). */
const levelBands: KpiDocument = {
  ...activation,
  bands: [
    { to: 0.3, status: 'critical' },
    { from: 0.3, status: 'good' },
  ],
};

type KitElement = KpiCard | KpiTrend;
const shadow = (element: KitElement) => element.shadowRoot as ShadowRoot;
const part = (element: KitElement, name: string) => shadow(element).querySelector(`[part~="${name}"]`);
/** Text with its runs of white space (including Intl's no-break spaces) as one space. */
const words = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const text = (element: KitElement, name: string) => words(part(element, name)?.textContent);
const nameOf = (element: KitElement) => words(part(element, 'base')?.getAttribute('aria-label'));

async function card(locale: string, data: unknown = activation): Promise<KpiCard> {
  const element = await fixture<KpiCard>(html`<kpi-card locale=${locale} .now=${NOW} .data=${data}></kpi-card>`);
  // `updateComplete` waits for the locale's catalogue and the render in its words.
  await element.updateComplete;
  return element;
}

describe('the kit in the page’s language', () => {
  afterEach(() => resetKpiMessages());

  it('shows German status, delta and pace words and a German accessible name on a de-DE card', async () => {
    const element = await card('de-DE');
    expect(text(element, 'status')).to.equal('unter Ziel');
    expect(text(element, 'delta')).to.match(/schlechter ggü\. Vorperiode/);
    expect(text(element, 'pace')).to.match(/^Im Plan, Prognose \d+,\d %$/);
    expect(text(element, 'target')).to.match(/^Ziel 40,0 % bis 31\.12\.2026/);
    const name = nameOf(element);
    expect(name).to.match(/^Activation rate 36,5 %, Ziel 40,0 % bis 31\.12\.2026, im Plan, /);
    expect(name).to.contain('unter Ziel (kritisch)');
    expect(name).to.not.match(/\b(target|on track|warning)\b/);
  });

  it('falls back from a region to its language, de-AT to de', async () => {
    const element = await card('de-AT');
    expect(text(element, 'status')).to.equal('unter Ziel');
  });

  it('speaks English where the kit has no catalogue (pt-BR), with the locale’s numbers', async () => {
    const element = await card('pt-BR');
    expect(text(element, 'status')).to.equal('below target');
    expect(text(element, 'target')).to.match(/^Target 40,0 ?% by /);
  });

  it('announces the keyboard-focused point in Japanese on a ja-JP trend', async () => {
    const trend = await fixture<KpiTrend>(html`<kpi-trend style="width: 640px" locale="ja-JP" .now=${NOW} .data=${activation}></kpi-trend>`);
    await trend.updateComplete;
    (part(trend, 'plot') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await trend.updateComplete;
    const total = trend.kpi?.series?.t.length ?? 0;
    const live = words(shadow(trend).querySelector('[aria-live]')?.textContent);
    expect(live).to.equal(`2026/11/20：36.5%、目標40.0%、目標未達。${total}件中${total}件目。`);
    expect(words(part(trend, 'plot')?.getAttribute('aria-label'))).to.contain('順調');
    expect(text(trend, 'table-toggle')).to.equal('表で表示');
  });

  it('lays an Arabic card out right to left, in Arabic words', async () => {
    const element = await card('ar');
    const surface = part(element, 'base') as HTMLElement;
    expect(getComputedStyle(surface).direction).to.equal('rtl');
    expect(text(element, 'status')).to.equal('دون الهدف');
    expect(text(element, 'pace')).to.match(/^على المسار الصحيح، والقيمة المتوقعة /);
    // On this left-to-right page, quantity runs the way the card's words do: the bullet graph is mirrored.
    expect(document.documentElement.dir).to.not.equal('rtl');
    const bullet = element.shadowRoot?.querySelector('.bullet') as Element;
    expect(getComputedStyle(bullet).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // A line of English (the KPI's label) still lines up with the right-to-left card it sits in.
    expect(getComputedStyle(part(element, 'label') as HTMLElement).textAlign).to.equal('right');
    await expect(element).to.be.accessible();
  });

  it('leaves a German card on the same page left to right, its bullet graph unmirrored', async () => {
    const element = await card('de-DE');
    expect(getComputedStyle(part(element, 'base') as HTMLElement).direction).to.equal('ltr');
    expect(getComputedStyle(element.shadowRoot?.querySelector('.bullet') as Element).transform).to.equal('none');
  });

  it('replaces a status word with the page’s own (setKpiMessages), and resetKpiMessages restores it', async () => {
    const element = await card('en-US', levelBands);
    expect(text(element, 'status')).to.equal('good');
    const { ignored } = setKpiMessages({ 'status.level.good': 'green', 'status.levl.good': 'verde' } as Record<string, string>);
    expect(ignored).to.deep.equal(['status.levl.good']);
    await element.updateComplete;
    expect(text(element, 'status')).to.equal('green');
    expect(nameOf(element)).to.contain('green');
    resetKpiMessages();
    await element.updateComplete;
    expect(text(element, 'status')).to.equal('good');
  });

  it('replaces a word for one locale only when the override names it', async () => {
    const german = await card('de-DE', levelBands);
    const english = await card('en', levelBands);
    setKpiMessages({ 'status.level.good': 'grün' }, { locale: 'de' });
    await german.updateComplete;
    await english.updateComplete;
    expect(text(german, 'status')).to.equal('grün');
    expect(text(english, 'status')).to.equal('good');
  });

  it('speaks two locales on one page, each card its own', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div lang="fr-FR"><kpi-card .now=${NOW} .data=${activation}></kpi-card></div>
      <div lang="ja-JP"><kpi-card .now=${NOW} .data=${activation}></kpi-card></div>
    </div>`);
    const [french, japanese] = [...page.querySelectorAll('kpi-card')];
    await french!.updateComplete;
    await japanese!.updateComplete;
    expect(text(french!, 'pace')).to.match(/^En bonne voie/);
    expect(text(japanese!, 'pace')).to.match(/^順調/);
    expect(text(french!, 'status')).to.not.equal(text(japanese!, 'status'));
    expect(nameOf(japanese!)).to.contain('、');
  });

  it('gives the author’s details of one failed request in each card’s own language', async () => {
    // One URL, one request (the cards share it), two languages: the failure is kept as words, not English text.
    const url = new URL('/test/no-such-kpi.json', location.href).href;
    // Listened for before the cards exist: the failure can be announced while the fixture is still settling.
    const container = document.createElement('div');
    const failures: KpiErrorEvent[] = [];
    container.addEventListener('kpi-error', (event) => failures.push(event));
    const page = await fixture<HTMLElement>(
      html`<div>
        <kpi-card locale="de-DE" src=${url}></kpi-card>
        <kpi-card locale="ja-JP" src=${url}></kpi-card>
      </div>`,
      { parentNode: container },
    );
    const [german, japanese] = [...page.querySelectorAll('kpi-card')] as KpiCard[];
    await waitUntil(() => failures.length === 2, 'both cards announce the failure');
    await german!.updateComplete;
    await japanese!.updateComplete;
    // The event carries the English, for logs.
    expect(failures[0]!.detail.failure.message).to.equal(`${url} answered 404 Not Found (check the src URL)`);
    const details = (el: KpiCard) => words(shadow(el).querySelector('.error-message')?.textContent);
    expect(details(german!)).to.equal(`${url} antwortete mit 404 Not Found (prüfen Sie die src-URL)`);
    expect(details(japanese!)).to.equal(`${url}の応答：404 Not Found（srcのURLを確認してください）`);
    expect(nameOf(german!)).to.contain('antwortete mit 404');
  });

  it('lists validation problems with their JSON paths in the card’s language', async () => {
    const element = await card('de-DE', { ...activation, value: '36,5 %', target: { ...activation.target, value: null } });
    const details = words(shadow(element).querySelector('.error-message')?.textContent);
    expect(details).to.match(/^Ungültige KPI-Daten: \/value: /);
    const problems = [...shadow(element).querySelectorAll('.diagnostics li')].map((li) => words(li.textContent));
    expect(problems.length).to.be.greaterThan(1);
    expect(problems[0]).to.match(/^\/value: /);
    expect(problems.join(' ')).to.not.match(/\b(expected|got|missing)\b/);
  });
});
