/*
 * Work that no reader waits for (filling in closed steps) runs when the browser is idle, a few
 * guides at a time, so that a page with many guides finishes loading first. One queue for all.
 */

const queue: (() => void)[] = [];

function flush(deadline?: IdleDeadline): void {
  // At least one job per call, then as many as the idle period (or 8 ms) allows.
  const end = performance.now() + (deadline ? deadline.timeRemaining() : 8);
  do queue.shift()?.();
  while (queue.length > 0 && performance.now() < end);
  if (queue.length > 0) schedule();
}

function schedule(): void {
  // Safari has no requestIdleCallback: a short timeout then.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 1000 });
  else setTimeout(flush, 50);
}

/** Runs `job` when the browser is idle (within about a second). */
export function whenIdle(job: () => void): void {
  queue.push(job);
  if (queue.length === 1) schedule();
}
