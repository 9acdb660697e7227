/*
 * The editor side of the img-pathway/guide block: the real guide in the canvas (the element itself,
 * defined by the plugin's copy of the bundle, which block.json loads as its "script" in the editor
 * too), and a control for each option in the sidebar. A plain script with no build step: it uses
 * the editor's own packages from window.wp. The front end is rendered in PHP (render.php).
 */
(function (wp, settings) {
  'use strict';

  // Without the settings (the plugin copied without its build folder) there is no guide to show.
  if (!settings) return;

  const NAME = 'img-pathway/guide';
  const el = wp.element.createElement;
  const { __, sprintf } = wp.i18n;
  const { InspectorControls, useBlockProps, PanelColorSettings, ContrastChecker } = wp.blockEditor;
  const { PanelBody, ToggleControl, TextControl, SelectControl, CheckboxControl, Notice, Button, BaseControl } =
    wp.components;
  const { decodeEntities } = wp.htmlEntities;

  /** Each option's name in the sidebar, to say which one is not used. */
  const LABELS = {
    heading: __('Heading', 'img-pathway'),
    headingLevel: __('Heading level', 'img-pathway'),
    open: __('Open when the page loads', 'img-pathway'),
    single: __('One step at a time', 'img-pathway'),
    checklist: __('Checklist', 'img-pathway'),
    remember: __('Remember open steps', 'img-pathway'),
    theme: __('Colors', 'img-pathway'),
    lang: __('Language', 'img-pathway'),
    accentColor: __('Accent color', 'img-pathway'),
  };

  /** The guide's background in each theme, for the contrast check of the accent color. */
  const BACKGROUNDS = { light: ['#ffffff'], dark: ['#1b1f24'], auto: ['#ffffff', '#1b1f24'] };

  /**
   * The options whose value block.json's schema refuses (a value saved by hand in the code editor,
   * or by an older version). WordPress drops them on the front end, so their default applies; the
   * sidebar says which and why, and the canvas shows what readers get.
   */
  function refused(attributes, schema) {
    const types = { string: 'string', integer: 'number', boolean: 'boolean' };
    return Object.keys(schema).filter((name) => {
      const value = attributes[name];
      const rule = schema[name];
      if (value === undefined) return false;
      if (typeof value !== types[rule.type]) return true;
      if (rule.type === 'integer' && !Number.isInteger(value)) return true;
      if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) return true;
      if (rule.minimum !== undefined && value < rule.minimum) return true;
      return rule.maximum !== undefined && value > rule.maximum;
    });
  }

  /** The steps that `open` names, by number from 0. */
  function openSteps(open, steps) {
    if (open === 'all') return steps.map((_, index) => index);
    return open
      .split(/[\s,]+/)
      .map((token) => (/^\d+$/.test(token) ? Number(token) - 1 : steps.findIndex((step) => step.id === token)))
      .filter((index) => index >= 0 && index < steps.length);
  }

  /** `open` for a set of steps: `none`, `all`, or their numbers. */
  function openValue(indexes, steps) {
    if (indexes.length === 0) return 'none';
    if (indexes.length === steps.length) return 'all';
    return indexes
      .sort((a, b) => a - b)
      .map((index) => index + 1)
      .join(',');
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const bad = refused(attributes, wp.blocks.getBlockType(NAME).attributes);
    const option = (name, fallback) =>
      bad.includes(name) || attributes[name] === undefined ? fallback : attributes[name];
    const lang = option('lang', '');
    const guide = settings.guides[lang || settings.pageLanguage] || settings.guides.en;
    const heading = option('heading', undefined);
    const level = option('headingLevel', 2);
    const open = option('open', 'none');
    const theme = option('theme', 'light');
    const accent = option('accentColor', undefined);
    const opened = openSteps(open, guide.steps);

    // The element as render.php writes it. `lang` is always set: the editor's own page is in the
    // user's language, while readers get the site's.
    const element = el('img-pathway', {
      heading: heading === undefined ? undefined : decodeEntities(heading),
      'heading-level': level === 2 ? undefined : String(level),
      open: open === 'none' ? undefined : open,
      single: option('single', false) || undefined,
      checklist: option('checklist', false) || undefined,
      remember: option('remember', false) || undefined,
      theme: theme === 'light' ? undefined : theme,
      lang: lang || settings.pageLanguage,
      style: accent === undefined ? undefined : { '--img-pathway-accent': accent },
    });

    const notices = bad.map((name) =>
      el(
        Notice,
        { key: name, status: 'warning', isDismissible: false, className: 'img-pathway-refused' },
        sprintf(
          /* translators: 1: an option's name, such as Colors. 2: the value saved. 3: what the option accepts. */
          __('%1$s: “%2$s” is not used, so the default applies. %3$s', 'img-pathway'),
          LABELS[name],
          String(attributes[name]),
          settings.accepted[name],
        ),
        ' ',
        el(
          Button,
          { variant: 'link', onClick: () => setAttributes({ [name]: undefined }) },
          __('Use the default', 'img-pathway'),
        ),
      ),
    );

    const toggle = (name, help) =>
      el(ToggleControl, {
        label: LABELS[name],
        help,
        checked: option(name, false),
        onChange: (value) => setAttributes({ [name]: value }),
      });

    const sidebar = el(
      InspectorControls,
      null,
      notices.length > 0 && el('div', { className: 'img-pathway-notices' }, notices),
      el(
        PanelBody,
        { title: __('Heading', 'img-pathway') },
        el(ToggleControl, {
          label: __('Show a heading above the steps', 'img-pathway'),
          checked: heading !== '',
          onChange: (shown) => setAttributes({ heading: shown ? undefined : '' }),
        }),
        heading !== '' &&
          el(TextControl, {
            label: LABELS.heading,
            value: heading === undefined ? '' : decodeEntities(heading),
            placeholder: guide.heading,
            help: __('Leave it empty for the built-in heading.', 'img-pathway'),
            onChange: (text) => setAttributes({ heading: text === '' ? undefined : text }),
          }),
        el(SelectControl, {
          label: LABELS.headingLevel,
          value: String(level),
          options: [2, 3, 4, 5, 6].map((n) => ({
            value: String(n),
            label: sprintf(__('Heading %d', 'img-pathway'), n),
          })),
          help: __(
            'Pick the level that fits the page’s outline: 2 if the guide is a main section of the page. Each step’s title is one level below.',
            'img-pathway',
          ),
          onChange: (value) => setAttributes({ headingLevel: Number(value) }),
        }),
      ),
      el(
        PanelBody,
        { title: __('Steps', 'img-pathway') },
        el(
          BaseControl,
          {
            id: 'img-pathway-open',
            label: LABELS.open,
            help: __('Readers can open and close every step themselves.', 'img-pathway'),
          },
          guide.steps.map((step, index) =>
            el(CheckboxControl, {
              key: step.id,
              label: sprintf(
                /* translators: 1: a step's number. 2: its title. */ __('Step %1$d: %2$s', 'img-pathway'),
                index + 1,
                step.title,
              ),
              checked: opened.includes(index),
              onChange: (checked) =>
                setAttributes({
                  open: openValue(checked ? [...opened, index] : opened.filter((i) => i !== index), guide.steps),
                }),
            }),
          ),
        ),
        toggle('single', __('Opening a step closes the others.', 'img-pathway')),
      ),
      el(
        PanelBody,
        { title: __('For readers', 'img-pathway') },
        toggle(
          'checklist',
          __('Readers can mark each step as done. Their progress stays in their own browser.', 'img-pathway'),
        ),
        toggle('remember', __('Steps a reader opened stay open when they reload the page.', 'img-pathway')),
      ),
      el(
        PanelBody,
        { title: __('Language and colors', 'img-pathway') },
        el(SelectControl, {
          label: LABELS.lang,
          value: lang,
          options: [
            { value: '', label: __('The page’s language', 'img-pathway') },
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ],
          help: __(
            'The guide is written in English and Spanish. “The page’s language” follows the site’s language, and shows English when the site is in another language.',
            'img-pathway',
          ),
          onChange: (value) => setAttributes({ lang: value }),
        }),
        el(SelectControl, {
          label: LABELS.theme,
          value: theme,
          options: [
            { value: 'light', label: __('Light', 'img-pathway') },
            { value: 'dark', label: __('Dark', 'img-pathway') },
            { value: 'auto', label: __('Follow the reader’s device (light or dark)', 'img-pathway') },
          ],
          help: __(
            'Dark suits a dark page. The last choice shows light or dark colors as the reader’s phone or computer is set.',
            'img-pathway',
          ),
          onChange: (value) => setAttributes({ theme: value }),
        }),
      ),
      el(
        PanelColorSettings,
        {
          title: LABELS.accentColor,
          initialOpen: false,
          colorSettings: [
            {
              label: LABELS.accentColor,
              value: accent,
              onChange: (color) => setAttributes({ accentColor: color || undefined }),
            },
          ],
        },
        el(
          'p',
          { className: 'components-base-control__help' },
          __(
            'Colors the step numbers, links and buttons. Keep it dark enough to read on the background: the numbers are written on it.',
            'img-pathway',
          ),
        ),
        accent !== undefined &&
          BACKGROUNDS[theme].map((background) =>
            el(ContrastChecker, { key: background, textColor: accent, backgroundColor: background }),
          ),
      ),
    );

    return el(wp.element.Fragment, null, sidebar, el('div', blockProps, element));
  }

  wp.blocks.registerBlockType(NAME, { edit: Edit, save: () => null });
})(window.wp, window.imgPathwayEditor);
