import { parseOpen } from '../attributes.js';
import { warnAttribute, type CheckedHost } from '../attribute-warning.js';
import { en } from '../content/en.js';
import type { PathwayContent } from '../content/types.js';
import { fire } from '../events.js';
import type { GuideView } from './guide-view.js';
import { whenPageSettled } from './content-source.js';

/** Reads a step reference: its id, or its number counted from 1. */
export type StepReference = string | number;

/** What the open steps need of the guide. */
interface Host extends CheckedHost {
  single: boolean;
  content: PathwayContent;
  src: string | undefined;
  requestUpdate(): void;
}

/**
 * Which steps are open, and opening and closing them: one at a time (in `single` mode, opening
 * one closes the others) or all together, with one `img-pathway-toggle` event per step that
 * changed. The set is replaced on each change, never changed in place, so the steps drawn last
 * can be told from those open now (see PanelMotion).
 */
export class OpenSteps {
  /** Ids of the open steps. */
  ids: ReadonlySet<string> = new Set();

  constructor(
    private readonly _host: Host,
    private readonly _guide: Pick<GuideView, 'stepIds'>,
    /** After each change made by the reader or a script: what follows the open steps. */
    private readonly _changed: (ids: ReadonlySet<string>) => void,
  ) {}

  /**
   * The steps the `open` attribute names (`2`, `residency,immigration`, `all`), with one warning
   * for what it cannot use; in `single` mode, only the first.
   */
  named(): string[] {
    const host = this._host;
    const ids = this._guide.stepIds();
    const [indexes, problem] = parseOpen(host.open, ids);
    const open = indexes.map((index) => ids[index] ?? '');
    if (problem) {
      // `open` may name the steps of custom content still to come: with the built-in guide,
      // wait for it before calling a name unknown.
      if (host.content === en)
        whenPageSettled(() => {
          if (host.content === en && !host.src) warnAttribute(host, 'open', problem);
        });
      else warnAttribute(host, 'open', problem);
    }
    if (!host.single || open.length < 2) return open;
    warnAttribute(host, 'open', `"single" opens one step at a time; opening only "${open[0] ?? ''}"`);
    return open.slice(0, 1);
  }

  /** The steps open as the guide is set up (attributes, remembered steps): no events. */
  reset(ids: Iterable<string>): void {
    this.ids = new Set(ids);
  }

  /** Opens (`force` true), closes (false) or toggles a step; false if there is no such step. */
  toggle(step: StepReference, force?: boolean): boolean {
    const ids = this._guide.stepIds();
    const index = typeof step === 'number' ? (Number.isInteger(step) ? step - 1 : -1) : ids.indexOf(step);
    const id = ids[index];
    if (!id) return false;
    const open = force ?? !this.ids.has(id);
    const next = new Set(this._host.single && open ? [] : this.ids);
    if (open) next.add(id);
    else next.delete(id);
    this._set(next);
    return true;
  }

  /** Opens every step (in `single` mode: only the first). */
  openAll(): void {
    if (this._host.single) this.toggle(1, true);
    else this._set(new Set(this._guide.stepIds()));
  }

  closeAll(): void {
    this._set(new Set());
  }

  get allOpen(): boolean {
    return this._guide.stepIds().every((id) => this.ids.has(id));
  }

  /** The "Show all steps" / "Hide all steps" button was used (a bound function, to pass on). */
  toggleAll = (): void => {
    const open = !this.allOpen;
    if (open) this.openAll();
    else this.closeAll();
    fire(this._host, 'img-pathway-toggle-all', { open });
  };

  private _set(next: Set<string>): void {
    const before = this.ids;
    this.ids = next;
    this._changed(next);
    this._host.requestUpdate();
    this._guide.stepIds().forEach((id, index) => {
      const open = next.has(id);
      if (open !== before.has(id)) fire(this._host, 'img-pathway-toggle', { id, index, open });
    });
  }
}
