// The report page's own script: fetches /v1/report and draws the charts as SVG with DOM calls
// (no innerHTML, no external script or font), so it runs under `default-src 'self'`.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const colors = { detractor: '#c2410c', passive: '#a16207', promoter: '#15803d', line: '#1d4ed8', band: '#bfdbfe', axis: '#6b7280' };

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(width, height, label) {
  return el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}

// Charts are drawn at the figure's own width, so their 13px text stays 13px on a phone.
function widthOf(figure) {
  return Math.max(280, Math.min(900, Math.round(figure.clientWidth || 640) - 16));
}

const fmt = (value, digits = 0) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');
const pct = (rate) => (typeof rate === 'number' && Number.isFinite(rate) ? `${Math.round(rate * 100)}%` : '–');

function setText(id, text) {
  document.getElementById(id).textContent = text;
}

function scoreCard(id, result, digits, unit = '') {
  if (!result) {
    setText(`${id}-score`, '–');
    setText(`${id}-detail`, 'not asked in this survey');
    return;
  }
  // CES is a mean on its scale; NPS and CSAT have a `score`.
  const value = 'mean' in result ? result.mean : result.score;
  setText(`${id}-score`, result.n ? `${fmt(value, digits)}${unit}` : '–');
  setText(`${id}-detail`, result.n ? `±${fmt(result.marginOfError, digits)}${unit} · n = ${result.n}` : 'no answers yet');
}

// Which of `count` axis labels to draw when only `room` fit: evenly spaced, first and last kept.
function labelled(count, room) {
  if (count <= room) return new Set(Array.from({ length: count }, (_, i) => i));
  const step = Math.ceil((count - 1) / (room - 1));
  const picks = new Set([count - 1]);
  for (let i = 0; i < count - 1; i += step) if (i === 0 || count - 1 - i >= step / 2) picks.add(i);
  return picks;
}

// NPS per period: a line for the score and a band for score ± margin of error, on -100..100.
function drawTrend(series, by) {
  // Journey stages are categories, not a timeline: no line between them, an error bar on each.
  const categorical = by === 'journeyStage';
  document.getElementById('trend-title').textContent = categorical
    ? 'NPS by journey stage, with its 95% margin of error'
    : 'NPS over time, with its 95% margin of error';
  const figure = document.getElementById('trend');
  figure.replaceChildren();
  const points = series.filter((point) => point.nps && point.nps.n > 0);
  if (points.length === 0) {
    figure.append(document.createTextNode('No NPS answers in this period.'));
    return;
  }
  const width = widthOf(figure);
  const height = width < 480 ? 220 : 260;
  const pad = { left: 40, right: 16, top: 12, bottom: 40 };
  const chart = svg(width, height, `NPS by period: ${points.map((p) => `${p.key} ${fmt(p.nps.score)}`).join(', ')}`);
  // Categories sit in the middle of equal slots; periods run edge to edge.
  const inner = width - pad.left - pad.right;
  const x = (i) =>
    pad.left + (categorical ? ((i + 0.5) * inner) / points.length : points.length === 1 ? inner / 2 : (i * inner) / (points.length - 1));
  const y = (value) => pad.top + ((100 - Math.max(-100, Math.min(100, value))) * (height - pad.top - pad.bottom)) / 200;
  for (const tick of [-100, -50, 0, 50, 100]) {
    chart.append(el('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), stroke: '#e5e7eb' }));
    chart.append(el('text', { x: pad.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'tick' }, String(tick)));
  }
  // The band is the interval itself: on small samples it is not centred on the score.
  const high = (p) => y(p.nps.high ?? p.nps.score + (p.nps.marginOfError || 0));
  const low = (p) => y(p.nps.low ?? p.nps.score - (p.nps.marginOfError || 0));
  if (categorical) {
    points.forEach((p, i) => chart.append(el('line', { x1: x(i), x2: x(i), y1: high(p), y2: low(p), stroke: colors.band, 'stroke-width': 10, 'stroke-linecap': 'round' })));
  } else {
    const upper = points.map((p, i) => `${x(i)},${high(p)}`);
    const lower = points.map((p, i) => `${x(i)},${low(p)}`).reverse();
    chart.append(el('polygon', { points: [...upper, ...lower].join(' '), fill: colors.band, opacity: 0.7 }));
    chart.append(el('polyline', { points: points.map((p, i) => `${x(i)},${y(p.nps.score)}`).join(' '), fill: 'none', stroke: colors.line, 'stroke-width': 2.5 }));
  }
  const labels = labelled(points.length, Math.max(2, Math.floor(width / 110)));
  points.forEach((p, i) => {
    const dot = el('circle', { cx: x(i), cy: y(p.nps.score), r: 4, fill: colors.line });
    dot.append(el('title', {}, `${p.key}: NPS ${fmt(p.nps.score)} ±${fmt(p.nps.marginOfError)} (n = ${p.nps.n})`));
    chart.append(dot);
    if (labels.has(i)) {
      const anchor = categorical || points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
      chart.append(el('text', { x: x(i), y: height - pad.bottom + 18, 'text-anchor': anchor, class: 'tick' }, p.key));
    }
  });
  figure.append(chart);
}

// From the 0–10 distribution: 0–6 detractors, 7–8 passives, 9–10 promoters.
function drawMix(nps) {
  const figure = document.getElementById('mix');
  figure.replaceChildren();
  if (!nps || !nps.n) {
    figure.append(document.createTextNode('No NPS answers in this period.'));
    return;
  }
  const d = nps.distribution;
  const groups = [
    { label: 'Detractors', count: d.slice(0, 7).reduce((a, b) => a + b, 0), color: colors.detractor },
    { label: 'Passives', count: d[7] + d[8], color: colors.passive },
    { label: 'Promoters', count: d[9] + d[10], color: colors.promoter },
  ];
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const width = widthOf(figure);
  // The legend goes on one line when there is room, else one group per line.
  const stacked = width < 480;
  const chart = svg(width, stacked ? 110 : 70, groups.map((g) => `${g.label} ${g.count} (${pct(g.count / total)})`).join(', '));
  let offset = 0;
  for (const group of groups) {
    const w = (group.count / total) * width;
    chart.append(el('rect', { x: offset, y: 0, width: w, height: 36, fill: group.color }));
    if (w > 60) chart.append(el('text', { x: offset + 8, y: 24, class: 'on-bar' }, pct(group.count / total)));
    offset += w;
  }
  groups.forEach((group, i) => {
    const x = stacked ? 0 : (i * width) / 3;
    const y = stacked ? 48 + i * 20 : 48;
    chart.append(el('rect', { x, y, width: 12, height: 12, fill: group.color }));
    chart.append(el('text', { x: x + 18, y: y + 11, class: 'tick' }, `${group.label}: ${group.count}`));
  });
  figure.append(chart);
}

function drawDistribution(nps) {
  const figure = document.getElementById('distribution');
  figure.replaceChildren();
  if (!nps || !nps.n) {
    figure.append(document.createTextNode('No NPS answers in this period.'));
    return;
  }
  const counts = nps.distribution;
  const max = Math.max(...counts, 1);
  const width = widthOf(figure);
  const height = 200;
  const slot = width / counts.length;
  const chart = svg(width, height, counts.map((count, score) => `${score}: ${count}`).join(', '));
  counts.forEach((count, score) => {
    const h = (count / max) * (height - 44);
    const color = score <= 6 ? colors.detractor : score <= 8 ? colors.passive : colors.promoter;
    chart.append(el('rect', { x: score * slot + 2, y: height - 22 - h, width: slot - 4, height: h, fill: color }));
    chart.append(el('text', { x: score * slot + slot / 2, y: height - 6, 'text-anchor': 'middle', class: 'tick' }, String(score)));
    if (count) chart.append(el('text', { x: score * slot + slot / 2, y: height - 26 - h, 'text-anchor': 'middle', class: 'tick' }, String(count)));
  });
  figure.append(chart);
}

async function load() {
  const form = document.getElementById('filters');
  const params = new URLSearchParams(location.search);
  const select = document.getElementById('survey');
  if (!select.options.length) {
    const { surveys } = await (await fetch('/v1/surveys')).json();
    for (const survey of surveys) select.append(new Option(survey.id, survey.id));
  }
  for (const name of ['survey', 'from', 'to', 'by']) {
    if (params.get(name)) form.elements[name].value = params.get(name);
  }
  const query = new URLSearchParams();
  for (const name of ['survey', 'from', 'to', 'by']) {
    if (form.elements[name].value) query.set(name, form.elements[name].value);
  }
  const status = document.getElementById('status');
  if (!query.get('survey')) {
    // A select cannot hold a value it has no option for: a link to a removed or renamed survey
    // leaves it empty, which is not the same as a collector without surveys.
    const asked = params.get('survey');
    status.textContent =
      asked && select.options.length
        ? `This collector has no survey "${asked}". Pick one of its surveys above.`
        : 'No surveys are configured on this collector.';
    return;
  }
  const response = await fetch(`/v1/report?${query}`);
  const report = await response.json();
  if (!response.ok) {
    status.textContent = `Could not load the report: ${report.error}`;
    return;
  }
  const { shown, completed } = report.funnel;
  status.textContent =
    `${report.responses} ${report.responses === 1 ? 'response' : 'responses'} to ${report.survey}` +
    (shown ? ` · shown ${shown} times, completed ${completed} (${pct(completed / shown)})` : '');
  status.dataset.responses = String(report.responses);
  scoreCard('nps', report.nps, 0);
  scoreCard('csat', report.csat, 0, '%');
  scoreCard('ces', report.ces, 1);
  const deflection = report.chat.deflectionRate;
  setText('chat-score', deflection.n ? pct(deflection.rate) : '–');
  setText('chat-detail', deflection.n ? `${report.chat.handoffs} handed to a person · ${deflection.n} conversations` : 'no conversations yet');
  lastReport = report;
  drawCharts(report);
  listComments(report.comments);
}

let lastReport = null;

// Free text is the customers' own words: it goes in as text nodes, never as markup.
function listComments(comments) {
  const list = document.getElementById('comments');
  list.replaceChildren();
  if (!comments.length) {
    const empty = document.createElement('li');
    empty.textContent = 'No comments in this period.';
    list.append(empty);
    return;
  }
  for (const comment of comments) {
    const item = document.createElement('li');
    const score = document.createElement('span');
    score.className = `badge ${comment.nps === null ? '' : comment.nps <= 6 ? 'detractor' : comment.nps <= 8 ? 'passive' : 'promoter'}`;
    score.textContent = comment.nps === null ? '–' : String(comment.nps);
    score.title = 'NPS answer of this response';
    const text = document.createElement('q');
    text.textContent = comment.text;
    if (comment.locale) text.lang = comment.locale;
    const when = document.createElement('time');
    when.dateTime = comment.at;
    when.textContent = comment.at.slice(0, 10);
    item.append(score, text, when);
    list.append(item);
  }
}

function drawCharts(report) {
  drawTrend(report.series, report.by);
  drawMix(report.nps);
  drawDistribution(report.nps);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const query = new URLSearchParams();
    for (const name of ['survey', 'from', 'to', 'by']) if (form.elements[name].value) query.set(name, form.elements[name].value);
    history.replaceState(null, '', `?${query}`);
    load().catch(showError);
  });
  load().catch(showError);
  // The charts are drawn at their figure's width: draw them again when it changes (a phone turned).
  let pending = 0;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => lastReport && drawCharts(lastReport), 150);
  });
});

function showError(error) {
  document.getElementById('status').textContent = `Could not load the report: ${error.message}`;
}
