/** `detail` of the `img-pathway-toggle` event. */
export interface ImgPathwayToggleDetail {
  /** The step's id, e.g. `residency`. */
  id: string;
  /** The step's position, from 0. */
  index: number;
  /** Whether the step is now open. */
  open: boolean;
}

/** `detail` of the `img-pathway-toggle-all` event. */
export interface ImgPathwayToggleAllDetail {
  /** True for "Show all steps", false for "Hide all steps". */
  open: boolean;
}

/** `detail` of the `img-pathway-link` event. */
export interface ImgPathwayLinkDetail {
  /** The link's absolute URL. */
  href: string;
  /** The id of the step the link is in. */
  id: string;
  /** That step's position, from 0. */
  index: number;
}

/** `detail` of the `img-pathway-checklist` event. */
export interface ImgPathwayChecklistDetail {
  /** The step's id. */
  id: string;
  /** Whether the step is now marked done. */
  done: boolean;
  /** How many steps are now done. */
  count: number;
}

/** Every event of the element, by name. */
export interface ImgPathwayEventDetails {
  'img-pathway-toggle': ImgPathwayToggleDetail;
  'img-pathway-toggle-all': ImgPathwayToggleAllDetail;
  'img-pathway-link': ImgPathwayLinkDetail;
  'img-pathway-checklist': ImgPathwayChecklistDetail;
}

/**
 * Dispatches one of the element's events: all bubble and cross shadow roots. (A function outside
 * the class, so the manifest lists the events named in the class docs, not a variable's name.)
 */
export function fire<K extends keyof ImgPathwayEventDetails>(
  target: EventTarget,
  type: K,
  detail: ImgPathwayEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export type ImgPathwayToggleEvent = CustomEvent<ImgPathwayToggleDetail>;
export type ImgPathwayToggleAllEvent = CustomEvent<ImgPathwayToggleAllDetail>;
export type ImgPathwayLinkEvent = CustomEvent<ImgPathwayLinkDetail>;
export type ImgPathwayChecklistEvent = CustomEvent<ImgPathwayChecklistDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'img-pathway-toggle': ImgPathwayToggleEvent;
    'img-pathway-toggle-all': ImgPathwayToggleAllEvent;
    'img-pathway-link': ImgPathwayLinkEvent;
    'img-pathway-checklist': ImgPathwayChecklistEvent;
  }
}
