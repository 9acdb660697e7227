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
 * A hospital's own text for one slot of the guide (a step's id, or "intro"): its paragraphs
 * (separated by blank lines) and an optional link, as a `<div slot>`; '' when there is neither.
 * The link is left out unless its address is http(s), mailto or tel, as in the guide itself.
 * @param {string} slot
 * @param {{ text?: string, linkText?: string, href?: string }} own
 */
export function ownTextHtml(slot, { text = '', linkText = '', href = '' }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const address = href.trim();
  if (SAFE_LINK.test(address))
    paragraphs.push(`<p><a href="${escapeHtml(address)}">${escapeHtml(linkText.trim() || address)}</a></p>`);
  return paragraphs.length > 0 ? `<div slot="${escapeHtml(slot)}">${paragraphs.join('')}</div>` : '';
}

/**
 * @param {object} content a PathwayContent document
 * @param {object} strings PathwayStrings (interface words)
 * @param {{ heading?: string, headingLevel?: number, attributes?: string, ownText?: Record<string, string> }} [options]
 *   `ownText`: HTML for the guide's slots, by slot name (see ownTextHtml). Each is written where it
 *   reads in place without JavaScript: "intro" after the introduction, a step's after that step,
 *   the list of steps then going on with the next number. The element shows them in those places.
 */
export function fallbackHtml(content, strings, { heading, headingLevel = 2, attributes = '', ownText = {} } = {}) {
  const level = Math.min(Math.max(headingLevel, 2), 6);
  const title = heading ?? content.heading;
  const stepLevel = title ? Math.min(level + 1, 6) : level;
  const lines = [`<img-pathway${attributes}>`];
  if (title) lines.push(`  <h${level}>${escapeHtml(title)}</h${level}>`);
  if (content.intro) lines.push(`  <p>${escapeHtml(content.intro)}</p>`);
  if (ownText.intro) lines.push(`  ${ownText.intro}`);
  // A slotted element must be a child of the guide, so the list is closed before it.
  let listOpen = false;
  content.steps.forEach((step, i) => {
    if (!listOpen) lines.push(i === 0 ? '  <ol>' : `  <ol start="${i + 1}">`);
    listOpen = true;
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
    const own = ownText[step.id];
    if (own) {
      lines.push('  </ol>', `  ${own}`);
      listOpen = false;
    }
  });
  if (listOpen) lines.push('  </ol>');
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
