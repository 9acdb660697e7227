/*
 * Entry point of `dist/img-pathway.js`, the classic script for `<script src>` embeds.
 * Lit is bundled in. Defining the element is all it does: custom elements upgrade whenever
 * the definition arrives, so the script works with `defer`, `async`, in `<head>` or after
 * the element.
 */
import './define.js';
