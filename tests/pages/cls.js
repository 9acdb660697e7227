// Sums the page's layout shifts (Chromium's Layout Instability API), the way CLS counts them:
// shifts right after user input do not count.
window.__cls = 0;
window.__clsSupported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
if (window.__clsSupported) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}
