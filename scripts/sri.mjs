import { createHash } from 'node:crypto';

/** The Subresource Integrity value of a file's bytes: `sha384-<base64>`, as `integrity=` takes it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
