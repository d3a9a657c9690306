import { createHash } from 'node:crypto';
import { endHeadline, formatDate, type Category } from '../core';
import type { Caseload, StatusRow } from './status';
import { agreementLabel, british, categoryName, errorsText, outcomesText, reviewText, summaryText, URGENCY_HEADING } from './status-format';

// The caseload as one self-contained HTML file: no scripts, fonts, images or requests of any kind,
// and a Content Security Policy that allows only its own style sheet (by hash), so it opens the same
// from a shared drive, an email attachment or a locked-down council browser, and prints cleanly.

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 24px; max-width: 1200px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; }
p.summary { margin: 0 0 16px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure { margin: 0; }
figcaption { font-size: 0.85rem; color: #444; margin-top: 4px; }
svg text { font: 12px system-ui, "Segoe UI", Arial, sans-serif; fill: #1b1b1b; }
svg .muted { fill: #555; }
svg .axis { stroke: #888; stroke-width: 1; }
svg .grid { stroke: #e3e3e3; stroke-width: 1; }
svg .today { stroke: #1b1b1b; stroke-width: 2; stroke-dasharray: 4 3; }
svg .review { fill: #0f6cbd; }
svg .review-overdue { fill: #b3261e; }
svg .end { fill: #5c5c5c; }
svg .bar { fill: #8a5a00; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 6px 0; }
th, td { border: 1px solid #c8c8c8; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
tr.group th { background: #e8e8e8; font-size: 0.95rem; }
td.overdue { color: #b3261e; font-weight: 600; }
td.soon { color: #8a5a00; font-weight: 600; }
td.file { font-family: ui-monospace, Consolas, monospace; font-size: 0.8rem; word-break: break-all; }
.legend span { margin-right: 14px; font-size: 0.85rem; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
.swatch.review { background: #0f6cbd; border-radius: 50%; }
.swatch.review-overdue { background: #b3261e; border-radius: 50%; }
.swatch.end { background: #5c5c5c; }
footer { margin-top: 28px; font-size: 0.8rem; color: #555; }
@media print {
  body { margin: 0; font-size: 11px; }
  .charts { display: block; }
  figure { break-inside: avoid; margin-bottom: 12px; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
}
`;

/** Agreements drawn one per row on the timeline up to this many; above it, counts per week. */
const LANES_UP_TO = 30;
/** Days either side of the report date the timeline shows. */
const SPAN_DAYS = 42;

export function caseloadHtml(caseload: Caseload, asOf: Date): string {
  const hash = createHash('sha256').update(STYLE).digest('base64');
  const title = `Written agreements: caseload as of ${formatDate(asOf)}`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="summary">${escape(summaryText(caseload))}.</p>
<div class="charts">
${timeline(caseload.agreements, asOf)}
${categoryBars(caseload.agreements)}
</div>
${table(caseload.agreements, asOf)}
${problems(caseload)}
<footer>Made by agreement-check status. Everything in this page was worked out on this computer; nothing was sent anywhere. Keep it as securely as the agreements themselves.</footer>
</body>
</html>
`;
}

function table(rows: readonly StatusRow[], asOf: Date): string {
  const out: string[] = [];
  out.push('<h2>Every agreement, most urgent first</h2>');
  out.push('<table>');
  out.push('<caption>Agreements by urgency: overdue reviews, then agreements past their end date, then reviews due within 7 days</caption>');
  out.push('<thead><tr><th scope="col">Child</th><th scope="col">Agreement</th><th scope="col">Agreed</th><th scope="col">Review</th><th scope="col">Ends</th><th scope="col">Open errors</th><th scope="col">Review meeting</th><th scope="col">Later agreement</th><th scope="col">File</th></tr></thead>');
  out.push('<tbody>');
  let group = '';
  for (const row of rows) {
    if (row.urgency !== group) {
      group = row.urgency;
      out.push(`<tr class="group"><th scope="rowgroup" colspan="9">${escape(URGENCY_HEADING[row.urgency])}</th></tr>`);
    }
    const reviewClass = row.urgency === 'review-overdue' ? ' class="overdue"' : row.urgency === 'review-due-soon' ? ' class="soon"' : '';
    const endClass = row.urgency === 'ended' ? ' class="overdue"' : '';
    out.push(
      '<tr>' +
        `<td>${escape(row.child ?? 'Not named')}</td>` +
        `<td>${row.number ?? 'Not numbered'}</td>` +
        `<td>${escape(british(row.agreementDate) || 'Not given')}</td>` +
        `<td${reviewClass}>${escape(reviewText(row))}</td>` +
        `<td${endClass}>${escape(endText(row, asOf))}</td>` +
        `<td>${escape(errorsText(row))}</td>` +
        `<td>${escape(row.review ? outcomesText(row.review) : 'None recorded')}</td>` +
        `<td>${row.laterAgreement ? `Agreement ${row.laterAgreement.number}` : 'None'}</td>` +
        `<td class="file">${escape(row.file)}</td>` +
        '</tr>',
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

function endText(row: StatusRow, asOf: Date): string {
  return endHeadline(row.endDate, asOf) ?? 'Not given';
}

function problems(caseload: Caseload): string {
  if (!caseload.problems.length) return '';
  return `<h2>Files that could not be read</h2>\n<ul>\n${caseload.problems.map((p) => `<li><span class="file">${escape(p.file)}</span>: ${escape(p.problem)}</li>`).join('\n')}\n</ul>`;
}

const shortDate = (date: Date) => `${date.getDate()} ${formatDate(date).split(' ')[1].slice(0, 3)}`;

/** Review and end dates around the report date: one row per agreement, or counts per week for a large caseload. */
function timeline(rows: readonly StatusRow[], asOf: Date): string {
  const dated = rows.filter((r) => r.reviewDate || r.endDate);
  const width = 760;
  const left = rows.length <= LANES_UP_TO ? 190 : 60;
  const right = 30;
  const plot = width - left - right;
  const x = (days: number) => left + ((Math.max(-SPAN_DAYS, Math.min(SPAN_DAYS, days)) + SPAN_DAYS) / (2 * SPAN_DAYS)) * plot;
  const start = new Date(asOf.getFullYear(), asOf.getMonth(), asOf.getDate() - SPAN_DAYS, 12);
  const ticks: string[] = [];
  for (let d = 0; d <= 2 * SPAN_DAYS; d += 14) {
    const at = left + (d / (2 * SPAN_DAYS)) * plot;
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + d, 12);
    ticks.push(`<line class="grid" x1="${at}" x2="${at}" y1="TOP" y2="BOTTOM"/><text x="${at}" y="AXIS" text-anchor="middle" class="muted">${escape(shortDate(day))}</text>`);
  }
  const legend = '<p class="legend"><span><span class="swatch review-overdue"></span>Review overdue</span><span><span class="swatch review"></span>Review</span><span><span class="swatch end"></span>End date</span><span>Dashed line: today. Dates beyond six weeks sit at the edge.</span></p>';
  let body: string;
  let height: number;
  if (rows.length <= LANES_UP_TO) {
    const lane = 24;
    height = 30 + Math.max(1, dated.length) * lane + 24;
    const marks = dated.map((row, k) => {
      const y = 30 + k * lane + lane / 2;
      const parts = [`<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escape(agreementLabel(row))}</text>`, `<line class="grid" x1="${left}" x2="${left + plot}" y1="${y}" y2="${y}"/>`];
      if (row.endDate && row.daysUntilEnd !== null) {
        const cx = x(row.daysUntilEnd);
        parts.push(`<rect class="end" x="${cx - 5}" y="${y - 5}" width="10" height="10"><title>${escape(`${agreementLabel(row)}: ends ${british(row.endDate)}`)}</title></rect>`);
      }
      if (row.reviewDate && row.daysUntilReview !== null) {
        const cx = x(row.daysUntilReview);
        parts.push(`<circle class="${row.daysUntilReview < 0 ? 'review-overdue' : 'review'}" cx="${cx}" cy="${y}" r="6"><title>${escape(`${agreementLabel(row)}: ${reviewText(row)}`)}</title></circle>`);
      }
      return parts.join('');
    });
    body = marks.join('\n');
  } else {
    // Counts per week: reviews (split overdue / to come) and end dates side by side.
    const weeks = (2 * SPAN_DAYS) / 7;
    const reviews = new Array(weeks).fill(0);
    const ends = new Array(weeks).fill(0);
    const week = (days: number) => Math.min(weeks - 1, Math.max(0, Math.floor((days + SPAN_DAYS) / 7)));
    for (const row of dated) {
      if (row.daysUntilReview !== null) reviews[week(row.daysUntilReview)]++;
      if (row.daysUntilEnd !== null) ends[week(row.daysUntilEnd)]++;
    }
    const most = Math.max(1, ...reviews, ...ends);
    const chart = 180;
    height = 30 + chart + 24;
    const step = plot / weeks;
    const bars: string[] = [];
    for (let w = 0; w < weeks; w++) {
      const x0 = left + w * step;
      const r = (reviews[w] / most) * chart;
      const e = (ends[w] / most) * chart;
      const overdue = (w + 1) * 7 - SPAN_DAYS <= 0;
      bars.push(`<rect class="${overdue ? 'review-overdue' : 'review'}" x="${x0 + 2}" y="${30 + chart - r}" width="${step / 2 - 3}" height="${r}"><title>${reviews[w]} review${reviews[w] === 1 ? '' : 's'}</title></rect>`);
      bars.push(`<rect class="end" x="${x0 + step / 2 + 1}" y="${30 + chart - e}" width="${step / 2 - 3}" height="${e}"><title>${ends[w]} end date${ends[w] === 1 ? '' : 's'}</title></rect>`);
    }
    bars.push(`<text x="${left - 6}" y="34" text-anchor="end" class="muted">${most}</text><text x="${left - 6}" y="${30 + chart}" text-anchor="end" class="muted">0</text>`);
    body = bars.join('\n');
  }
  const top = 22;
  const bottom = height - 22;
  const axis = ticks.map((t) => t.replace('TOP', String(top)).replace('BOTTOM', String(bottom)).replace('AXIS', String(height - 6))).join('\n');
  const today = `<line class="today" x1="${x(0)}" x2="${x(0)}" y1="${top - 8}" y2="${bottom}"/><text x="${x(0)}" y="${top - 10}" text-anchor="middle">Today, ${escape(formatDate(asOf))}</text>`;
  const description = rows.length <= LANES_UP_TO ? 'one row per agreement' : 'the number of review dates and end dates in each week';
  return `<figure>
<h2 id="timeline-title">Review and end dates, six weeks either side of today</h2>
<svg role="img" aria-labelledby="timeline-title timeline-desc" width="${width}" height="${height + 12}" viewBox="0 0 ${width} ${height + 12}">
<desc id="timeline-desc">Timeline of ${dated.length === 1 ? '1 agreement' : `${dated.length} agreements`} with dates, showing ${description}. The table below lists the same dates.</desc>
${axis}
${body}
${today}
</svg>
${legend}
</figure>`;
}

function categoryBars(rows: readonly StatusRow[]): string {
  const totals = new Map<Category, number>();
  for (const row of rows) for (const [category, n] of Object.entries(row.openErrors) as Array<[Category, number]>) totals.set(category, (totals.get(category) ?? 0) + n);
  const entries = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = 380;
  const label = 190;
  const barHeight = 22;
  const height = Math.max(1, entries.length) * barHeight + 10;
  const most = Math.max(1, ...entries.map(([, n]) => n));
  const bars = entries.map(([category, n], k) => {
    const y = 5 + k * barHeight;
    const w = ((width - label - 50) * n) / most;
    const name = categoryName(category, 2);
    return `<text x="${label - 8}" y="${y + 15}" text-anchor="end">${escape(name[0].toUpperCase() + name.slice(1))}</text><rect class="bar" x="${label}" y="${y + 3}" width="${Math.max(1, w)}" height="${barHeight - 8}"><title>${n} ${escape(categoryName(category, n))}</title></rect><text x="${label + w + 6}" y="${y + 15}">${n}</text>`;
  });
  const empty = entries.length === 0 ? `<text x="0" y="20">No open errors in any agreement.</text>` : '';
  return `<figure>
<h2 id="errors-title">Open errors by category, all agreements</h2>
<svg role="img" aria-labelledby="errors-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${bars.join('\n')}${empty}
</svg>
<figcaption>Errors not marked as ignored in the document. Warnings are not counted.</figcaption>
</figure>`;
}
