import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import {
  html,
  isShown,
  openStates,
  panels,
  render,
  shadow,
  spokenText,
  stepButtons,
  toggleAll,
  motionDone,
} from './support/helpers.js';
import { en } from '../src/content/en.js';

const active = (root: ShadowRoot): Element | null => root.activeElement;
const press = (key: string) => sendKeys({ press: key });

describe('ARIA', () => {
  it('names each step button "N of 4: <title>", with the number inside the name and no word "Step" (the USMLE has Step 1 to 3)', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const names = stepButtons(el).map(spokenText);
    expect(names).to.deep.equal(en.steps.map((step, i) => `${i + 1} of 4: ${step.title}`));
    for (const name of names) expect(name).not.to.match(/\bStep \d/);
  });

  it('gives the same names in the browser accessibility tree, where the driver can read it', async function () {
    const el = await render(html`<img-pathway></img-pathway>`);
    let snapshot: unknown;
    try {
      snapshot = await a11ySnapshot({});
    } catch {
      this.skip(); // WebDriver sessions have no accessibility-tree command.
    }
    for (const [i, step] of en.steps.entries()) {
      const name = `${i + 1} of 4: ${step.title}`;
      const node = findAccessibilityNode(
        snapshot as never,
        (n: { name?: string; role?: string }) => n.role === 'button' && n.name === name,
      );
      expect(node, name).to.exist;
    }
    expect(el).to.exist;
  });

  it('puts each button alone inside a heading one level below the guide heading', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    for (const button of stepButtons(el)) {
      const heading = button.parentElement!;
      expect(heading.localName).to.equal('h3');
      expect(heading.children).to.have.length(1);
      expect(spokenText(heading)).to.equal(spokenText(button));
    }
  });

  it('links each button to its panel with aria-controls, and each panel back with aria-labelledby', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    for (const button of stepButtons(el)) {
      const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel, button.id).to.exist;
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
    }
  });

  it('describes each button with the step summary shown under it', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    stepButtons(el).forEach((button, i) => {
      const summary = shadow(el).getElementById(button.getAttribute('aria-describedby')!)!;
      expect(summary.textContent).to.equal(en.steps[i]!.summary);
      expect(isShown(summary)).to.be.true;
    });
  });

  it('reports the state with aria-expanded and hides a collapsed panel from sight and from screen readers', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const [first] = stepButtons(el);
    const [panel] = panels(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(panel!.hasAttribute('hidden')).to.be.true; // "until-found" where supported
    expect(isShown(panel!)).to.be.false;
    first!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(panel!.hasAttribute('hidden')).to.be.false;
    await motionDone(el); // it opens in 200 ms
    expect(isShown(panel!)).to.be.true;
  });
});

describe('keyboard', () => {
  it('opens and closes a step with Enter, keeping focus on its button', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const button = stepButtons(el)[0]!;
    button.focus();
    await press('Enter');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, false, false, false]);
    expect(active(shadow(el))).to.equal(button);
    await press('Enter');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    expect(active(shadow(el))).to.equal(button);
  });

  it('opens and closes a step with Space, keeping focus on its button', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const button = stepButtons(el)[2]!;
    button.focus();
    await press(' ');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, true, false]);
    expect(active(shadow(el))).to.equal(button);
    await press(' ');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  it('moves with Tab from the show-all button through the step buttons, skipping closed panels', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    toggleAll(el)!.focus();
    const visited: (Element | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await press('Tab');
      visited.push(active(shadow(el)));
    }
    expect(visited).to.deep.equal(stepButtons(el));
  });

  it('moves with Tab into an open panel, through its links, then on to the next step', async () => {
    const el = await render(html`<img-pathway open="1"></img-pathway>`);
    const links = [...panels(el)[0]!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    stepButtons(el)[0]!.focus();
    const visited: (Element | null)[] = [];
    for (let i = 0; i <= links.length + 1; i++) {
      await press('Tab');
      visited.push(active(shadow(el)));
    }
    const copyLink = panels(el)[0]!.querySelector('[part="copy-link"]');
    expect(visited).to.deep.equal([...links, copyLink, stepButtons(el)[1]]);
  });

  it('does not move focus between steps with the arrow keys (no roving focus)', async () => {
    const el = await render(html`<img-pathway></img-pathway>`);
    const button = stepButtons(el)[1]!;
    button.focus();
    await press('ArrowDown');
    expect(active(shadow(el))).to.equal(button);
    await press('ArrowUp');
    expect(active(shadow(el))).to.equal(button);
  });
});
