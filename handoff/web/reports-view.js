// @ts-check
// The Reports view (supervisors, admins): headline numbers against the previous period of the same length, charts
// over time (Chart.js, served from its npm package), breakdowns, rising topics, filters and the CSV export. Every
// number comes from /api/analytics; names and codes people chose are shown as written (translate="no").
import { api } from '/assets/api.js';
import { $, h, show } from '/assets/dom.js';
import { intlLocale, t, tNodes } from '/assets/i18n.js';

/** @typedef {import('/assets/i18n.js').TextKey} TextKey */
/** @typedef {{ median: number | null, p90: number | null, mean: number | null, n: number }} Distribution */
/**
 * @typedef {{
 *   conversations: number, selfServed: number, selfServiceRate: number | null, handoffs: number, handoffRate: number | null,
 *   handoffsByReason: Record<string, number>, tickets: number, firstResponseSeconds: Distribution, resolutionSeconds: Distribution,
 *   firstContactResolutionRate: number | null, serviceLevel: Record<string, { met: number, breached: number, rate: number | null }>,
 *   csat: { responses: number, score: number | null }, nps: { responses: number, score: number | null },
 *   topUnanswered: Array<{ text: string, count: number }>,
 *   breakdowns: Record<'channels' | 'languages' | 'levels' | 'groups' | 'categories' | 'agents', Record<string, number>>,
 * }} Summary
 */
/** @typedef {{ at: string, value: number | null }} Point */
/** @typedef {{ from: string, to: string, channel: string, lang: string, group: string, level: string }} Filters */

const DAY_MS = 86_400_000;
/** Headline numbers: how each is read from a summary, shown, and compared (`points`: a rate's change in points). */
const HEADLINE = /** @type {const} */ ([
  { key: 'console.reports.conversations', pick: (/** @type {Summary} */ s) => s.conversations, kind: 'count' },
  { key: 'console.reports.selfService', pick: (/** @type {Summary} */ s) => s.selfServiceRate, kind: 'rate' },
  { key: 'console.reports.handoffRate', pick: (/** @type {Summary} */ s) => s.handoffRate, kind: 'rate' },
  { key: 'console.reports.firstResponse', pick: (/** @type {Summary} */ s) => s.firstResponseSeconds.median, kind: 'seconds' },
  { key: 'console.reports.resolution', pick: (/** @type {Summary} */ s) => s.resolutionSeconds.median, kind: 'seconds' },
  { key: 'console.reports.fcr', pick: (/** @type {Summary} */ s) => s.firstContactResolutionRate, kind: 'rate' },
  { key: 'console.reports.csat', pick: (/** @type {Summary} */ s) => s.csat.score, kind: 'rate' },
  { key: 'console.reports.nps', pick: (/** @type {Summary} */ s) => s.nps.score, kind: 'score' },
]);
const CHARTS = /** @type {const} */ ([
  { canvas: 'chart-volume', metric: 'conversations', type: 'bar' },
  { canvas: 'chart-self-service', metric: 'selfServiceRate', type: 'line' },
  { canvas: 'chart-first-response', metric: 'firstResponseMedian', type: 'line' },
  { canvas: 'chart-csat', metric: 'csat', type: 'line' },
]);
const BREAKDOWNS = /** @type {const} */ ([
  ['console.reports.breakdown.reasons', (/** @type {Summary} */ s) => s.handoffsByReason],
  ['console.reports.breakdown.levels', (/** @type {Summary} */ s) => s.breakdowns.levels],
  ['console.reports.breakdown.channels', (/** @type {Summary} */ s) => s.breakdowns.channels],
  ['console.reports.breakdown.languages', (/** @type {Summary} */ s) => s.breakdowns.languages],
  ['console.reports.breakdown.groups', (/** @type {Summary} */ s) => s.breakdowns.groups],
  ['console.reports.breakdown.agents', (/** @type {Summary} */ s) => s.breakdowns.agents],
]);

const isoDay = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);

/** The last 7 days, today included. */
export function defaultFilters() {
  const today = Date.now();
  return { from: isoDay(today - 6 * DAY_MS), to: isoDay(today), channel: '', lang: '', group: '', level: '' };
}

/** The period of the same number of days just before (`to` is inclusive, as the API reads a plain date). */
function previousOf(/** @type {Filters} */ f) {
  const days = Math.round((Date.parse(f.to) - Date.parse(f.from)) / DAY_MS) + 1;
  return { ...f, from: isoDay(Date.parse(f.from) - days * DAY_MS), to: isoDay(Date.parse(f.from) - DAY_MS) };
}

function queryOf(/** @type {Filters} */ f, /** @type {Record<string, string>} */ extra = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...f, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

/** @type {Promise<any> | null} */
let chartLibrary = null;
/** Chart.js's UMD bundle, loaded once, when the view is first shown. */
function loadChartJs() {
  chartLibrary ??= new Promise((resolve, reject) => {
    const script = h('script', { src: '/assets/vendor/chart.umd.min.js' });
    script.addEventListener('load', () => resolve(/** @type {any} */ (window).Chart));
    script.addEventListener('error', () => reject(new Error('Chart.js could not be loaded')));
    document.head.append(script);
  });
  return chartLibrary;
}

export function createReportsView() {
  const state = {
    filters: defaultFilters(),
    /** @type {{ current: Summary, previous: Summary, series: Record<string, Point[]>, trends: Trend[], knowledge: KnowledgeRates } | null} */
    data: null,
    /** @type {any[]} */
    charts: [],
  };
  const form = $('report-filters', HTMLFormElement);

  function readForm() {
    const data = new FormData(form);
    const value = (/** @type {string} */ name) => String(data.get(name) ?? '');
    state.filters = { from: value('from'), to: value('to'), channel: value('channel'), lang: value('lang'), group: value('group'), level: value('level') };
  }

  function writeForm() {
    for (const [name, value] of Object.entries(state.filters)) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
  }

  /** Fills the team filter with the groups the console knows. */
  function setGroups(/** @type {Array<{ id: string, name: string }>} */ groups) {
    const select = /** @type {HTMLSelectElement} */ (form.elements.namedItem('group'));
    select.replaceChildren(h('option', { value: '', 'data-i18n': 'console.reports.any' }), ...groups.map((g) => h('option', { value: g.id, translate: 'no' }, g.name)));
    select.value = state.filters.group;
  }

  async function load() {
    const f = state.filters;
    const days = Math.round((Date.parse(f.to) - Date.parse(f.from)) / DAY_MS) + 1;
    const interval = days <= 2 ? 'hour' : 'day';
    const [current, previous, trends, knowledge, ...series] = await Promise.all([
      api('GET', `/api/analytics/summary?${queryOf(f)}`),
      api('GET', `/api/analytics/summary?${queryOf(previousOf(f))}`),
      api('GET', `/api/analytics/trends?day=${encodeURIComponent(f.to)}`).then((r) => r.alerts),
      api('GET', `/api/analytics/knowledge?${queryOf(f)}`),
      ...CHARTS.map((c) => api('GET', `/api/analytics/timeseries?${queryOf(f, { metric: c.metric, interval })}`).then((r) => r.points)),
    ]);
    state.data = { current, previous, trends, knowledge, series: Object.fromEntries(CHARTS.map((c, i) => [c.metric, series[i]])) };
    $('report-export', HTMLAnchorElement).href = `/api/analytics/export.csv?${queryOf(f)}`;
    await draw();
  }

  async function draw() {
    const data = state.data;
    if (!data) return;
    const empty = data.current.conversations === 0 && data.current.tickets === 0;
    show($('report-empty'), empty);
    for (const id of ['report-headline', 'report-charts', 'report-breakdowns']) show($(id), !empty);
    drawTrends(data.trends);
    if (empty) return;
    drawHeadline(data.current, data.previous);
    drawBreakdowns(data.current, data.knowledge);
    await drawCharts(data.series);
  }

  function drawHeadline(/** @type {Summary} */ current, /** @type {Summary} */ previous) {
    $('report-headline').replaceChildren(
      ...HEADLINE.map((item) => {
        const now = item.pick(current);
        const before = item.pick(previous);
        const detail =
          item.key === 'console.reports.csat' ? t('console.reports.responses', { count: current.csat.responses }) : item.key === 'console.reports.nps' ? t('console.reports.responses', { count: current.nps.responses }) : '';
        return h(
          'div',
          { class: 'metric', dataset: { metric: item.key.split('.').pop() ?? '' } },
          h('span', { class: 'metric-label' }, t(item.key)),
          h('strong', { class: 'metric-value' }, format(now, item.kind)),
          h('span', { class: 'metric-change' }, change(now, before, item.kind)),
          detail ? h('span', { class: 'muted' }, detail) : null,
        );
      }),
    );
  }

  function drawBreakdowns(/** @type {Summary} */ s, /** @type {KnowledgeRates} */ knowledge) {
    const table = (/** @type {TextKey} */ title, /** @type {Record<string, number>} */ counts) => {
      const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
      return h(
        'section',
        { class: 'breakdown' },
        h('h3', {}, t(title)),
        rows.length
          ? h('table', { class: 'grid' }, ...rows.map(([name, count]) => h('tr', {}, h('td', { translate: 'no' }, name), h('td', { class: 'num' }, number(count)))))
          : h('p', { class: 'muted' }, t('console.reports.none')),
      );
    };
    const levels = Object.entries(s.serviceLevel).map(([level, sl]) =>
      h('li', {}, t('console.reports.serviceLevelRow', { level, met: sl.met, breached: sl.breached }), sl.rate === null ? '' : ` (${format(sl.rate, 'rate')})`),
    );
    const unanswered = s.topUnanswered.map((q) => h('li', {}, h('span', { translate: 'no' }, q.text), ` × ${number(q.count)}`));
    $('report-breakdowns').replaceChildren(
      ...BREAKDOWNS.map(([title, pick]) => table(title, pick(s))),
      h('section', { class: 'breakdown' }, h('h3', {}, t('console.reports.serviceLevel')), h('ul', {}, ...levels)),
      h('section', { class: 'breakdown' }, h('h3', {}, t('console.reports.topUnanswered')), unanswered.length ? h('ol', {}, ...unanswered) : h('p', { class: 'muted' }, t('console.reports.none'))),
      drawKnowledge(knowledge),
    );
  }

  async function drawCharts(/** @type {Record<string, Point[]>} */ series) {
    const Chart = await loadChartJs();
    for (const chart of state.charts) chart.destroy();
    const hourly = (series.conversations ?? []).length > 1 && Date.parse(series.conversations[1].at) - Date.parse(series.conversations[0].at) < DAY_MS;
    const dateFormat = new Intl.DateTimeFormat(intlLocale(), hourly ? { hour: '2-digit', day: 'numeric', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
    state.charts = CHARTS.map((c) => {
      const points = series[c.metric] ?? [];
      const rate = c.metric === 'selfServiceRate' || c.metric === 'csat';
      return new Chart(/** @type {HTMLCanvasElement} */ ($(c.canvas)), {
        type: c.type,
        data: {
          labels: points.map((p) => dateFormat.format(new Date(p.at))),
          datasets: [{ data: points.map((p) => (p.value === null ? null : rate ? Math.round(p.value * 1000) / 10 : p.value)), borderColor: '#2563eb', backgroundColor: '#93c5fd', spanGaps: true }],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ...(rate ? { max: 100 } : {}) } },
        },
      });
    });
  }

  function drawTrends(/** @type {Trend[]} */ trends) {
    $('report-trends').replaceChildren(
      ...trends.map((trend) => h('li', { class: 'trend-alert' }, ...tNodes('console.reports.trendAlert', { topic: h('span', { translate: 'no' }, trend.label), count: number(trend.count), baseline: number(trend.baseline) }))),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    readForm();
    void load().catch(onError);
  });
  /** @type {(err: unknown) => void} */
  let onError = () => undefined;

  return {
    /** Shows the view: loads the period in the form. */
    async open(/** @type {{ groups: Array<{ id: string, name: string }>, onError: (err: unknown) => void }} */ options) {
      onError = options.onError;
      setGroups(options.groups);
      writeForm();
      await load();
    },
    /** A new language: labels, numbers and dates are drawn again. */
    redraw: () => draw(),
  };
}

/** @typedef {{ topic: string, label: string, count: number, baseline: number }} Trend */
/** @typedef {{ replies: number, answer: number | null, clarify: number | null, decline: number | null, votes: number, helpful: number, handoffArticles: Array<{ articleId: string, title: string | null, count: number }> }} KnowledgeRates */

function drawKnowledge(/** @type {KnowledgeRates} */ k) {
  const rate = (/** @type {number | null} */ v) => format(v, 'rate');
  return h(
    'section',
    { class: 'breakdown' },
    h('h3', {}, t('console.reports.knowledge')),
    h('p', {}, t('console.reports.knowledgeRates', { answer: rate(k.answer), clarify: rate(k.clarify), decline: rate(k.decline) })),
    h('p', {}, t('console.reports.helpful', { helpful: number(k.helpful), votes: number(k.votes) })),
    h('h4', {}, t('console.reports.handoffArticles')),
    k.handoffArticles.length
      ? h('ol', {}, ...k.handoffArticles.map((a) => h('li', {}, h('span', { translate: 'no' }, a.title ?? a.articleId), ` × ${number(a.count)}`)))
      : h('p', { class: 'muted' }, t('console.reports.none')),
  );
}

const number = (/** @type {number} */ n) => new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(n);

/** @param {number | null} value @param {'count' | 'rate' | 'seconds' | 'score'} kind */
function format(value, kind) {
  if (value === null) return '—';
  if (kind === 'rate') return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (kind === 'seconds') return t('console.reports.seconds', { value: number(Math.round(value)) });
  return number(value);
}

/** "+12%" for counts and durations, "+3.5 pts" style (in percent points) for rates and NPS. */
function change(/** @type {number | null} */ now, /** @type {number | null} */ before, /** @type {'count' | 'rate' | 'seconds' | 'score'} */ kind) {
  if (now === null || before === null || (kind !== 'rate' && kind !== 'score' && before === 0)) return t('console.reports.noPrevious');
  const signed = (/** @type {number} */ n, /** @type {Intl.NumberFormatOptions} */ options) => new Intl.NumberFormat(intlLocale(), { signDisplay: 'exceptZero', maximumFractionDigits: 1, ...options }).format(n);
  const text = kind === 'rate' ? signed(now - before, { style: 'percent' }) : kind === 'score' ? signed(now - before, {}) : signed((now - before) / before, { style: 'percent' });
  return t('console.reports.change', { change: text });
}
