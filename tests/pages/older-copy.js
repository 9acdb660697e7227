// Stands in for an older img-pathway script that a theme loaded first.
customElements.define(
  'img-pathway',
  class extends HTMLElement {
    static version = '0.0.9';
    connectedCallback() {
      this.textContent = 'old guide';
    }
  },
);
