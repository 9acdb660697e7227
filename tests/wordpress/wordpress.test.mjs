/**
 * The WordPress plugin, tested in a real WordPress (Debian's, with PHP's built-in server and
 * MariaDB), driven in headless Chromium. `npm run test:wordpress` (part of `npm test`).
 *
 * The site is set up once for the run, with the plugin installed from the built zip; each group
 * resets the database to that state first. The groups run in this order, the plugin's removal
 * last.
 */
import { after, before } from 'node:test';
import { setUp, tearDown } from './context.mjs';
import './suites/package.mjs';
import './suites/roles.mjs';
import './suites/pages.mjs';
import './suites/editor.mjs';
import './suites/security.mjs';
import './suites/lifecycle.mjs';

before(setUp, { timeout: 180000 });
after(tearDown, { timeout: 60000 });
