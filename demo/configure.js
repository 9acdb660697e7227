// The configurator: a form for every attribute and the main custom properties, a live preview,
// and copyable snippets with a pinned, versioned CDN URL and its Subresource Integrity hash
// (both written by the build into dist/integrity.json).
import { escapeHtml, fallbackHtml, ownTextHtml } from '../scripts/fallback-html.mjs';

const $ = (id) => document.getElementById(id);
const preview = $('preview');

/** The custom properties offered, with the element's defaults (src/img-pathway.styles.ts). */
const PROPERTIES = [
  ['accent', 'Accent (markers, links)', '#005ea2', 'color'],
  ['text-color', 'Text', '#1b1b1b', 'color'],
  ['muted-color', 'Summaries and notes', '#4a5059', 'color'],
  ['background', 'Background', '#ffffff', 'color'],
  ['border-color', 'Line and rule', '#b8bec6', 'color'],
  ['focus-ring-color', 'Focus ring', '#1a4480', 'color'],
  ['font-family', 'Font family (empty: the page’s)', '', 'text'],
  ['font-size', 'Text size', '', 'text'],
  ['radius', 'Corner radius', '0.5em', 'text'],
  ['spacing', 'Spacing', '1em', 'text'],
  ['marker-size', 'Marker size', '2.25em', 'text'],
];

async function main() {
  const json = (url) => fetch(url).then((response) => response.json());
  const [integrity, data, spanish] = await Promise.all([
    json('../dist/integrity.json'),
    json('../dist/img-pathway.content.en.json'),
    json('../dist/img-pathway.content.es.json'),
  ]).catch((error) => {
    document.getElementById('pin').textContent =
      'Run `npm run build` (or `npm start`) first: dist/integrity.json is missing.';
    throw error;
  });

  // Build the parts of the form that depend on the content and the property list.
  data.content.steps.forEach((step, i) => {
    const label = document.createElement('label');
    label.className = 'check';
    label.innerHTML = `<input type="checkbox" name="open" value="${i + 1}"> <span></span>`;
    label.querySelector('span').textContent = `Step ${i + 1}: ${step.title}`;
    $('open-steps').append(label);
  });
  // One set of fields per slot for the hospital's own text: under the introduction, in each step.
  const ownSlots = [
    ['intro', 'Under the introduction'],
    ...data.content.steps.map((step, i) => [step.id, `In step ${i + 1}: ${step.title}`]),
  ];
  for (const [slot, title] of ownSlots) {
    const group = document.createElement('div');
    group.className = 'own';
    group.innerHTML = `<p class="own-title"></p>
      <label for="own-${slot}">Your text</label><textarea id="own-${slot}" rows="3"></textarea>
      <label for="own-${slot}-link-text">Link text (optional)</label><input id="own-${slot}-link-text" type="text" autocomplete="off">
      <label for="own-${slot}-href">Link address (https:, mailto: or tel:)</label><input id="own-${slot}-href" type="url" autocomplete="off">`;
    group.querySelector('.own-title').textContent = title;
    $('own-text').append(group);
  }
  for (const [name, label, value, type] of PROPERTIES) {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<label for="prop-${name}"></label><input id="prop-${name}" type="${type}" data-property="${name}">`;
    wrapper.querySelector('label').textContent = label;
    wrapper.querySelector('input').value = value;
    wrapper.querySelector('input').dataset.default = value;
    $('properties').append(wrapper);
  }
  $('heading').value = data.content.heading;

  /** What the form says, as the element's attributes and changed custom properties. */
  function readOptions() {
    const attributes = [];
    const hideHeading = $('hide-heading').checked;
    const heading = $('heading').value;
    if (hideHeading) attributes.push(['heading', '']);
    else if (heading !== data.content.heading) attributes.push(['heading', heading]);
    const level = Number($('heading-level').value);
    if (level !== 2) attributes.push(['heading-level', String(level)]);
    const open = [...document.querySelectorAll('input[name="open"]:checked')].map((input) => input.value);
    if (open.length > 0) attributes.push(['open', open.length === data.content.steps.length ? 'all' : open.join(',')]);
    if ($('single').checked) attributes.push(['single', null]);
    if ($('checklist').checked) attributes.push(['checklist', null]);
    if ($('remember').checked) attributes.push(['remember', null]);
    if ($('lang').value) attributes.push(['lang', $('lang').value]);
    const properties = [...document.querySelectorAll('[data-property]')]
      .filter((input) => input.value.trim() !== '' && input.value !== input.dataset.default)
      .map((input) => [`--img-pathway-${input.dataset.property}`, input.value.trim()]);
    const ownText = Object.fromEntries(
      ownSlots
        .map(([slot]) => [
          slot,
          ownTextHtml(slot, {
            text: $(`own-${slot}`).value,
            linkText: $(`own-${slot}-link-text`).value,
            href: $(`own-${slot}-href`).value,
          }),
        ])
        .filter(([, html]) => html),
    );
    return { attributes, properties, heading: hideHeading ? '' : heading, level, ownText };
  }

  const attributeText = (attributes, prefix = '') =>
    attributes
      .map(([name, value]) => (value === null ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeHtml(value)}"`))
      .join('');

  /**
   * The WordPress plugin's shortcode for the same options. A value cannot hold `"`, `[` or `]`
   * there: they are written as entities, which the plugin reads back into text.
   */
  function shortcode(attributes, properties) {
    const value = (text) => escapeHtml(text).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
    const accent = properties.find(([name]) => name === '--img-pathway-accent');
    const options = accent ? [...attributes, ['accent', accent[1]]] : attributes;
    return `[img_pathway${options.map(([name, text]) => (text === null ? ` ${name}` : ` ${name}="${value(text)}"`)).join('')}]\n`;
  }

  function styleBlock(properties) {
    if (properties.length === 0) return '';
    const lines = properties.map(([name, value]) => `    ${name}: ${value};`).join('\n');
    return `<style>\n  img-pathway {\n${lines}\n  }\n</style>\n`;
  }

  function scriptTag(extra = '', { url, integrity: hash } = integrity) {
    return `<script src="${url}" integrity="${hash}" crossorigin="anonymous"${extra}></script>`;
  }

  /**
   * The text file the guide needs at first paint, loaded by its own tag before the bundle: the
   * Spanish guide on a Spanish guide, the English step bodies when a step starts open. Without
   * it the bundle fetches the file itself, a moment after the first paint.
   */
  function firstPaintTag(attributes) {
    const lang = attributes.find(([name]) => name === 'lang')?.[1];
    if (lang === 'es') return `${scriptTag('', integrity.chunks.es)}\n`;
    return attributes.some(([name]) => name === 'open') ? `${scriptTag('', integrity.chunks.en)}\n` : '';
  }

  /** Relative luminance and contrast ratio (WCAG 2.2). */
  function contrast(a, b) {
    const luminance = (hex) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
    };
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  }

  function checkContrast() {
    const value = (name) => $(`prop-${name}`).value;
    const pairs = [
      ['Text on the background', value('text-color'), value('background')],
      ['Summaries on the background', value('muted-color'), value('background')],
      ['Links (accent) on the background', value('accent'), value('background')],
      ['White numbers on the accent', '#ffffff', value('accent')],
    ];
    const low = pairs.filter(([, fg, bg]) => contrast(fg, bg) < 4.5);
    $('contrast').textContent = low.length
      ? `Contrast below 4.5:1 (WCAG AA): ${low.map(([what, fg, bg]) => `${what} (${contrast(fg, bg).toFixed(1)}:1)`).join('; ')}.`
      : '';
  }

  /** The hospital's own text as the element's children, each on its own line. */
  const ownLines = (ownText) =>
    Object.values(ownText)
      .map((html) => `  ${html}\n`)
      .join('');

  function update() {
    const { attributes, properties, heading, level, ownText } = readOptions();
    for (const name of ['heading', 'heading-level', 'open', 'single', 'checklist', 'remember', 'lang'])
      preview.removeAttribute(name);
    for (const [name, value] of attributes) preview.setAttribute(name, value ?? '');
    preview.removeAttribute('style');
    for (const [name, value] of properties) preview.style.setProperty(name, value);
    // The own text is built from escaped text only (ownTextHtml), so it can be parsed as HTML.
    const own = document.createElement('template');
    own.innerHTML = Object.values(ownText).join('');
    preview.replaceChildren(own.content);
    checkContrast();

    // No snippet until the page's language is known: the fallback is written in it.
    const lang = $('lang').value;
    const snippets = ['snippet-fallback', 'snippet-two-tags', 'snippet-mount', 'snippet-wordpress'];
    if (!lang) {
      for (const id of snippets)
        $(id).textContent = 'Choose your page’s language first (under “Your page’s language”).';
      return;
    }
    const style = styleBlock(properties);
    // The plain-HTML fallback in the page's language, with the hospital's text in place.
    const { content, strings } = lang === 'es' ? spanish : data;
    const fallback = fallbackHtml(content, strings, {
      heading: heading === data.content.heading ? content.heading : heading,
      headingLevel: level,
      attributes: attributeText(attributes),
      ownText,
    });
    const first = firstPaintTag(attributes);
    const children = ownLines(ownText);
    $('snippet-fallback').textContent = `${style}${first}${scriptTag()}\n${fallback}`;
    $('snippet-two-tags').textContent =
      `${style}${first}${scriptTag(' defer')}\n<img-pathway${attributeText(attributes)}>${children ? `\n${children}` : ''}</img-pathway>\n`;
    $('snippet-mount').textContent = `${style}${scriptTag(` data-mount${attributeText(attributes, 'data-')}`)}\n`;
    $('snippet-wordpress').textContent = shortcode(attributes, properties);
  }

  $('options').addEventListener('input', update);
  $('options').addEventListener('change', update);
  $('reset-style').addEventListener('click', () => {
    for (const input of document.querySelectorAll('[data-property]')) input.value = input.dataset.default;
    update();
  });

  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const code = $(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(code.textContent);
        $('copy-status').textContent = `Copied: ${button.textContent.replace(/^Copy /, '')}.`;
      } catch {
        // Clipboard access can be refused (permissions, insecure context): select the text instead.
        getSelection().selectAllChildren(code);
        $('copy-status').textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected snippet.';
      }
    });
  }

  $('pin').append(` Version ${integrity.version}, ${integrity.integrity}.`);
  update();
}

main();
