export type {
  CompleteContent,
  PathwayBlock,
  PathwayContent,
  PathwayLink,
  PathwayStep,
  PathwayStrings,
} from './types.js';
export { en, enStrings } from './en.js';
export { STRING_KEYS } from './strings.js';
