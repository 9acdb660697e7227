/**
 * The guide as plain HTML, to place inside `<img-pathway>`: shown where JavaScript does not run,
 * read by search engines and reader modes, and replaced by the element when it upgrades.
 * Shared by the build (scripts/embed-assets.mjs) and the configurator (demo/configure.js).
 * Every string is escaped: content is text, never HTML.
 */
/** Text made safe for HTML content and quoted attribute values. */
export const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** "2026-11" → "November 2026", in the words of `strings` (PathwayStrings), as the element writes it. */
export const monthName = (yearMonth, strings) => {
  const [year, month] = yearMonth.split('-');
  const name = strings.months[Number(month) - 1] ?? month;
  return strings.monthYear.replace('{month}', () => name).replace('{year}', () => year);
};

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/** A step's number as the element says it (stepLabel in src/content/strings.ts): "1 of 4". */
const stepLabel = (words, number, total) =>
  words.includes('{number}')
    ? words.replace('{number}', String(number)).replace('{total}', String(total))
    : `${words} ${number}`;

/**
 * @param {object} content a PathwayContent document
 * @param {object} strings PathwayStrings (interface words)
 * @param {{ heading?: string, headingLevel?: number, attributes?: string }} [options]
 */
export function fallbackHtml(content, strings, { heading, headingLevel = 2, attributes = '' } = {}) {
  const level = Math.min(Math.max(headingLevel, 2), 6);
  const title = heading ?? content.heading;
  const stepLevel = title ? Math.min(level + 1, 6) : level;
  const lines = [`<img-pathway${attributes}>`];
  if (title) lines.push(`  <h${level}>${escapeHtml(title)}</h${level}>`);
  if (content.intro) lines.push(`  <p>${escapeHtml(content.intro)}</p>`);
  lines.push('  <ol>');
  content.steps.forEach((step, i) => {
    lines.push('    <li>');
    lines.push(
      `      <h${stepLevel}>${escapeHtml(`${stepLabel(strings.step, i + 1, content.steps.length)}: ${step.title}`)}</h${stepLevel}>`,
    );
    if (step.summary) lines.push(`      <p>${escapeHtml(step.summary)}</p>`);
    for (const block of step.body ?? []) {
      if (typeof block === 'string') {
        lines.push(`      <p>${escapeHtml(block)}</p>`);
        continue;
      }
      if (block.intro) lines.push(`      <p>${escapeHtml(block.intro)}</p>`);
      lines.push(`      <ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    }
    const links = (step.links ?? []).filter((link) => SAFE_LINK.test(link.href));
    if (links.length > 0) {
      lines.push(`      <p>${escapeHtml(strings.officialLinks)}:</p>`);
      const items = links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`);
      lines.push(`      <ul>${items.join('')}</ul>`);
    }
    lines.push('    </li>');
  });
  lines.push('  </ol>');
  if (content.lastReviewed) {
    const month = monthName(content.lastReviewed, strings);
    lines.push(
      `  <p>${escapeHtml(strings.lastReviewed)} <time datetime="${escapeHtml(content.lastReviewed)}">${escapeHtml(month)}</time></p>`,
    );
  }
  if (content.note) lines.push(`  <p>${escapeHtml(content.note)}</p>`);
  lines.push('</img-pathway>');
  return `${lines.join('\n')}\n`;
}
