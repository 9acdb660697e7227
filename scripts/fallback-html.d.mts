// Types for the browser tests that import scripts/fallback-html.mjs (plain JS, shared by the
// build and the configurator).
import type { PathwayContent, PathwayStrings } from '../src/content/types.js';

export function escapeHtml(text: unknown): string;
export function monthName(yearMonth: string, strings: PathwayStrings): string;
export function ownTextHtml(slot: string, own: { text?: string; linkText?: string; href?: string }): string;
export function fallbackHtml(
  content: PathwayContent,
  strings: PathwayStrings,
  options?: { heading?: string; headingLevel?: number; attributes?: string; ownText?: Record<string, string> },
): string;
