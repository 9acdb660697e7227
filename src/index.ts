/*
 * The npm entry: `import 'img-pathway'` registers <img-pathway> and gives its types.
 */
export { ImgPathway, type StepReference } from './img-pathway.js';
export { defineImgPathway } from './define.js';
export type {
  ImgPathwayChecklistDetail,
  ImgPathwayChecklistEvent,
  ImgPathwayEventDetails,
  ImgPathwayLinkDetail,
  ImgPathwayLinkEvent,
  ImgPathwayToggleAllDetail,
  ImgPathwayToggleAllEvent,
  ImgPathwayToggleDetail,
  ImgPathwayToggleEvent,
} from './events.js';
export * from './content/index.js';
export { validateContent } from './content/validate.js';
export { VERSION } from './version.js';
