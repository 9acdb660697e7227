/** `detail` of the `img-pathway-toggle` event. */
export interface ImgPathwayToggleDetail {
  /** The step's id, e.g. `residency`. */
  id: string;
  /** The step's position, from 0. */
  index: number;
  /** Whether the step is now open. */
  open: boolean;
}

export type ImgPathwayToggleEvent = CustomEvent<ImgPathwayToggleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'img-pathway-toggle': ImgPathwayToggleEvent;
  }
}
