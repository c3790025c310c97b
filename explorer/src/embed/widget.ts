// <maillage-network territory="200070647" theme="dark" height="500"></maillage-network>: the embed as a web
// component, for sites that prefer a script to an iframe. It draws an iframe of /embed with its attributes, so the
// host page's styles and scripts and the embed's stay apart.
import { EMBED_PARAMETERS } from '@maillage/schema/embed';
import { attributeName } from '../core/embed/snippet.js';

const ATTRIBUTES = new Map(EMBED_PARAMETERS.map((parameter) => [attributeName(parameter), parameter]));
const origin = new URL(import.meta.url).origin;

class MaillageNetwork extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES.keys()];

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private render(): void {
    const params = new URLSearchParams();
    for (const [name, parameter] of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) params.set(parameter, value);
    }
    const height = Number(this.getAttribute('height') ?? 480);
    const frame = document.createElement('iframe');
    frame.src = `${origin}/embed?${params}`;
    frame.title = this.getAttribute('title') ?? (this.getAttribute('lang') === 'en' ? 'Cooperation network' : 'Réseau de coopération');
    frame.loading = 'lazy';
    frame.style.cssText = `width:100%;height:${Math.max(200, Math.min(2000, height)) + 160}px;border:0`;
    this.replaceChildren(frame);
  }
}

if (!customElements.get('maillage-network')) customElements.define('maillage-network', MaillageNetwork);
