import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import type { PathwayContent } from '../src/content/types.js';
import { validateContent } from '../src/content/validate.js';
import type { ImgPathway } from '../src/img-pathway.js';
import { captureWarnings, html, shadow } from './support/helpers.js';

/*
 * Property-based tests (fast-check): whatever the attributes and whatever the content document,
 * the element never throws, is never empty, shows either the valid custom content or the
 * built-in guide, and its ARIA stays consistent.
 */

/** Every button controls a region that exists, and aria-expanded says whether it is shown. */
function expectConsistentAria(el: ImgPathway) {
  const root = shadow(el);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.step-button')];
  expect(buttons.length).to.be.greaterThan(0);
  for (const button of buttons) {
    const panel = root.getElementById(button.getAttribute('aria-controls')!);
    expect(panel, button.id).to.exist;
    expect(panel!.getAttribute('aria-labelledby')).to.equal(button.id);
    expect(button.getAttribute('aria-expanded')).to.equal(panel!.hasAttribute('hidden') ? 'false' : 'true');
  }
}

async function renderQuietly(template: ReturnType<typeof html>): Promise<ImgPathway> {
  let el!: ImgPathway;
  await captureWarnings(async () => {
    el = await fixture<ImgPathway>(template);
    await el.updateComplete;
  });
  return el;
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
const id = fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/);
const link = fc.record({ text, href: fc.oneof(fc.webUrl(), fc.string(), fc.constant('mailto:gme@example.org')) });
const block = fc.oneof(
  text,
  fc.record({ intro: fc.option(text, { nil: undefined }), items: fc.array(fc.string(), { maxLength: 4 }) }),
);

const validContent: fc.Arbitrary<PathwayContent> = fc.uniqueArray(id, { minLength: 1, maxLength: 8 }).chain((ids) =>
  fc.record({
    heading: text,
    intro: fc.option(text, { nil: undefined }),
    steps: fc.tuple(
      ...ids.map((stepId) =>
        fc.record({
          id: fc.constant(stepId),
          title: text,
          summary: fc.option(text, { nil: undefined }),
          body: fc.option(fc.array(block, { maxLength: 3 }), { nil: undefined }),
          links: fc.option(fc.array(link, { maxLength: 3 }), { nil: undefined }),
        }),
      ),
    ),
  }),
);

/** Valid documents, documents with one field broken, and anything at all. */
const anyContent = fc.oneof(
  validContent,
  validContent.chain((content) =>
    fc
      .constantFrom<(c: PathwayContent) => unknown>(
        (c) => ({ ...c, heading: 42 }),
        (c) => ({ ...c, steps: [] }),
        (c) => ({ ...c, steps: c.steps.map((s) => ({ ...s, title: '' })) }),
        (c) => ({ ...c, steps: [...c.steps, c.steps[0]] }),
        (c) => ({ ...c, steps: c.steps.map((s) => ({ ...s, body: 'not a list' })) }),
        (c) => ({ ...c, lastReviewed: '26-11' }),
      )
      .map((breakIt) => breakIt(content)),
  ),
  fc.anything(),
);

describe('properties (fast-check)', () => {
  it('never throws, is never empty and keeps ARIA consistent, whatever the attributes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          heading: fc.option(fc.string(), { nil: undefined }),
          level: fc.oneof(fc.string(), fc.integer().map(String)),
          open: fc.oneof(fc.string(), fc.constantFrom('all', 'none', '1,3', 'residency', '2 4')),
          single: fc.boolean(),
          theme: fc.oneof(fc.string(), fc.constantFrom('dark', 'auto', 'light')),
        }),
        async ({ heading, level, open, single, theme }) => {
          const el = await renderQuietly(
            html`<img-pathway heading=${heading ?? 'Four steps'} heading-level=${level} open=${open} ?single=${single} theme=${theme}></img-pathway>`,
          );
          expect(shadow(el).querySelectorAll('.step-button')).to.have.length(4);
          expectConsistentAria(el);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shows valid custom content as given, and the built-in guide for anything else', async () => {
    await fc.assert(
      fc.asyncProperty(anyContent, async (content) => {
        const el = await renderQuietly(html`<img-pathway open="all" .content=${content}></img-pathway>`);
        const titles = [...shadow(el).querySelectorAll('[part="title"]')].map((title) => title.textContent);
        if (validateContent(content).length === 0) {
          expect(titles).to.deep.equal((content as PathwayContent).steps.map((step) => step.title));
        } else {
          expect(titles).to.have.length(4);
        }
        expectConsistentAria(el);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps ARIA consistent through any sequence of toggles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant('all'), fc.constant('none'))),
        fc.boolean(),
        async (actions, single) => {
          const el = await renderQuietly(html`<img-pathway ?single=${single}></img-pathway>`);
          for (const action of actions) {
            if (action === 'all') el.openAll();
            else if (action === 'none') el.closeAll();
            else el.toggleStep(action);
            await el.updateComplete;
          }
          expectConsistentAria(el);
          if (single) expect(shadow(el).querySelectorAll('[aria-expanded="true"]').length).to.be.at.most(1);
        },
      ),
      { numRuns: 40 },
    );
  });
});
