/*
 * Entry point of `dist/img-pathway.js`, the classic script for `<script src>` embeds.
 * Lit is bundled in. It defines the element (custom elements upgrade whenever the definition
 * arrives, so the script works with `defer`, `async`, in `<head>` or after the element), then,
 * if the script tag has `data-mount`, renders a guide where the tag stands. Every copy of the
 * script mounts its own guide, even when an earlier copy already defined the element.
 */
import './define.js';
import { mountFromScript } from './mount.js';

mountFromScript(document.currentScript);
