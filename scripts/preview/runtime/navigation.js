/**
 * `lightning/navigation` for the preview: the npm package's version imports a platform-only module.
 * Navigation requests are recorded in `window.__iukPreview.navigations` and announced in a toast,
 * since there is no Lightning Experience around the page to navigate in.
 */
import { preview } from './state.js';
import { SHOW_TOAST_EVENT } from './platformShowToastEvent.js';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

function describe(pageReference) {
  const { type, attributes = {} } = pageReference || {};
  const target =
    attributes.url || attributes.apiName || attributes.recordId || attributes.objectApiName || '';
  return `${type || 'unknown page'}${target ? ` (${target})` : ''}`;
}

export function NavigationMixin(Base) {
  return class extends Base {
    [Navigate](pageReference, replace = false) {
      preview.navigations.push({ pageReference: JSON.parse(JSON.stringify(pageReference)), replace });
      document.dispatchEvent(
        new CustomEvent(SHOW_TOAST_EVENT, {
          detail: {
            title: 'Navigation (preview)',
            message: `The component asked to open ${describe(pageReference)}; the preview has no Lightning Experience to open it in.`,
            variant: 'info',
          },
        }),
      );
    }
    [GenerateUrl](pageReference) {
      if (pageReference && pageReference.attributes && pageReference.attributes.url) {
        return Promise.resolve(pageReference.attributes.url);
      }
      return Promise.resolve(`#preview-navigation:${encodeURIComponent(describe(pageReference))}`);
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: the preview page stands in for a Lightning app page. */
export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {}
  disconnect() {}
  update() {
    const state = Object.fromEntries(
      [...new URLSearchParams(window.location.search)].filter(([key]) => key.startsWith('c__')),
    );
    this.dataCallback({ type: 'standard__navItemPage', attributes: { apiName: 'Integration_Users' }, state });
  }
}
