import type { PathwayContent, PathwayStrings } from '../content/types.js';

/**
 * What the features read of the guide on screen. The element answers each question from the
 * feature that owns the answer, so no feature needs to know another; each takes only the
 * questions it asks (`Pick<GuideView, 'stepIds'>`), which a test can answer on its own.
 */
export interface GuideView {
  /** The built-in guide in the element's language. */
  builtIn(): PathwayContent;
  /** The content shown: the built-in guide, or custom content once it passed the check. */
  shown(): PathwayContent;
  /** The ids of its steps, in order. */
  stepIds(): string[];
  /** The steps open now. */
  openIds(): ReadonlySet<string>;
  /** The interface words in use. */
  words(): PathwayStrings;
}
