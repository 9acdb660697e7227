/*
 * The WebKit launcher's wrapper (tests/support/browsers.mjs, `awaitOwnNavigation`): a test page
 * whose navigation has not been answered when the run ends must not stop the runner. The
 * launcher here is a stand-in with the three members the wrapper uses; its `stop` aborts the
 * pending navigation the way WebdriverIO's deleteSession does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awaitOwnNavigation } from '../support/browsers.mjs';

/** A launcher whose navigations wait until `answer()` or until `stop()` aborts them. */
function standInLauncher() {
  const navigations = [];
  const events = [];
  return {
    events,
    answer: () => navigations.splice(0).forEach(({ resolve }) => resolve()),
    launcher: {
      ensureManagerInitialized: async () => {},
      driverManager: {
        startSession: (id) =>
          new Promise((resolve, reject) => {
            events.push(`navigate ${id}`);
            navigations.push({ resolve: () => (events.push(`answered ${id}`), resolve()), reject });
          }),
      },
      stop: async () => {
        events.push('stop');
        navigations.splice(0).forEach(({ reject }) => reject(new Error('This operation was aborted')));
      },
    },
  };
}

/** Runs `work`, and fails if a promise was rejected with no handler meanwhile. */
async function withoutUnhandledRejection(work) {
  const unhandled = [];
  const record = (reason) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    await work();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', record);
  }
  assert.deepEqual(unhandled, []);
}

test('closing the browser while a page is still navigating is no unhandled rejection', async () => {
  const { launcher } = standInLauncher();
  const wrapped = awaitOwnNavigation(launcher, 10);
  await withoutUnhandledRejection(async () => {
    await wrapped.startSession('a', 'http://localhost/a');
    await wrapped.stop();
  });
});

test(
  'stop waits for a navigation that is answered in time, then closes the browser at once',
  { timeout: 10000 },
  async () => {
    const { launcher, events, answer } = standInLauncher();
    // A grace far longer than the test's timeout: stop must end when the page answers, not then.
    const wrapped = awaitOwnNavigation(launcher, 60000);
    await wrapped.startSession('a', 'http://localhost/a');
    const stopped = wrapped.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(events, ['navigate a'], 'the browser was closed before its page answered');
    answer();
    await stopped;
    assert.deepEqual(events, ['navigate a', 'answered a', 'stop']);
  },
);
