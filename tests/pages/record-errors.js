// Loaded first by each test page: records what the page would show in its console, so the
// test outside the frame can assert that nothing went wrong.
window.__errors = [];
window.__warnings = [];
window.__cspViolations = [];
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
const warn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
