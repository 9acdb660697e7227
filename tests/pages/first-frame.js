// Records what the guide just before this script shows in the page's first frame: its heading
// and the text of its open panels (a requestAnimationFrame callback runs before that paint).
const guide = document.currentScript.previousElementSibling;
requestAnimationFrame(() => {
  const root = guide.shadowRoot;
  window.__firstFrame = {
    heading: root?.querySelector('[part="guide-heading"]')?.textContent ?? '',
    openPanels: [...(root?.querySelectorAll('[role="region"]:not([hidden])') ?? [])].map((panel) => panel.textContent),
  };
});
