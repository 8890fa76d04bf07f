/**
 * Checks that look at the rendered page, injected into the preview by the browser tests
 * (checks/page-checks.ts) and exposed as `window.__iukChecks`. Plain browser JavaScript: it runs in
 * Chromium, not in Node.
 *
 * Every walk follows the composed tree (shadow roots, then slotted children), so it sees inside the
 * Lightning components whether the page uses native or synthetic shadow DOM.
 */
(() => {
  const TOLERANCE_PX = 1;
  const INTERACTIVE_ROLES = new Set([
    'button',
    'link',
    'checkbox',
    'radio',
    'tab',
    'menuitem',
    'switch',
    'option',
  ]);
  const NATIVE_FOCUSABLE = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

  /** Children in the composed tree: a host's shadow tree, a slot's assigned elements, or children. */
  function composedChildren(element) {
    if (element.shadowRoot) return [...element.shadowRoot.children];
    if (element.tagName === 'SLOT') {
      const assigned = element.assignedElements({ flatten: true });
      return assigned.length ? assigned : [...element.children];
    }
    return [...element.children];
  }

  /** The composed parent: the slot an element is assigned to, the host of a shadow root, or the parent. */
  function composedParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && parent.host) return parent.host;
    return parent;
  }

  /** Visually hidden on purpose (SLDS assistive text, clipped table heads): not laid out for eyes. */
  function isVisuallyHidden(element, style) {
    if (element.classList && element.classList.contains('slds-assistive-text')) return true;
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
      return true;
    if (Number(style.opacity) === 0) return true;
    const clip = style.clip;
    if (clip && clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(clip)) return true;
    if (style.clipPath && style.clipPath.startsWith('inset(50%')) return true;
    const rect = element.getBoundingClientRect();
    return rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible';
  }

  /** Visible elements under `root` in composed-tree order (hidden subtrees are skipped whole). */
  function visibleElements(root) {
    const found = [];
    const visit = (element) => {
      const style = getComputedStyle(element);
      if (isVisuallyHidden(element, style)) return;
      if (element.getClientRects().length > 0 || style.display === 'contents') found.push(element);
      composedChildren(element).forEach(visit);
    };
    visit(root);
    return found;
  }

  /** A short, readable locator for a problem report: hosts on the way, the element, its text. */
  function describe(element) {
    const parts = [];
    let node = element;
    while (node && node.nodeType === Node.ELEMENT_NODE && parts.length < 6) {
      const tag = node.tagName.toLowerCase();
      if (node === element || tag.includes('-')) {
        const data = [...node.attributes]
          .filter((attribute) => attribute.name.startsWith('data-') && attribute.name !== 'data-iuk-control')
          .slice(0, 2)
          .map((attribute) => `[${attribute.name}="${attribute.value}"]`)
          .join('');
        parts.unshift(`${tag}${data}`);
      }
      node = composedParent(node);
    }
    const text = (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${parts.join(' > ')}${text ? ` "${text}"` : ''}`;
  }

  /** The root the admin is looking at: an open modal dialog covers the rest of the page. */
  function activeRoot(selector) {
    const host = document.querySelector(selector || '#iuk-component');
    if (!host) return document.body;
    const dialog = visibleElements(host).find(
      (element) => element.getAttribute('role') === 'dialog' && element.getAttribute('aria-modal') === 'true',
    );
    return dialog || host;
  }

  function textNodesOf(element) {
    const nodes = [];
    const children = element.shadowRoot ? [] : [...element.childNodes];
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) nodes.push(child);
    }
    return nodes;
  }

  function nearestBox(element) {
    let node = element;
    while (node && node.nodeType === Node.ELEMENT_NODE) {
      const display = getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents') return node;
      node = composedParent(node);
    }
    return element;
  }

  function intersects(a, b) {
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return width > 2 && height > 2;
  }

  /**
   * Layout problems a reader would notice:
   * - clipped: an element cuts its content off (overflow hidden / ellipsis with content wider or taller);
   * - scroll: an element (a table's wrapper) needs horizontal scrolling, or the page itself does;
   * - overflow: a line of text sticks out of the box it belongs to (printed over its neighbour);
   * - overlap: two pieces of text are drawn on top of each other.
   */
  function layout(selector) {
    const root = activeRoot(selector);
    const problems = [];
    const report = (kind, element, detail) => problems.push({ kind, where: describe(element), detail });
    const elements = visibleElements(root);
    const textRects = [];

    for (const element of elements) {
      const style = getComputedStyle(element);
      const wider = element.scrollWidth - element.clientWidth > TOLERANCE_PX && element.clientWidth > 0;
      const taller = element.scrollHeight - element.clientHeight > TOLERANCE_PX && element.clientHeight > 0;
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (wider && (style.overflowX === 'auto' || style.overflowX === 'scroll')) {
        report('scroll', element, `content ${element.scrollWidth}px wide in a ${element.clientWidth}px box`);
      } else if (
        ((wider && clipsX) || (taller && clipsY && element.textContent.trim())) &&
        // A text field scrolls its own value as the admin moves in it: a long value is not cut off.
        !(element.tagName === 'INPUT' && wider && !taller)
      ) {
        report(
          'clipped',
          element,
          wider
            ? `content ${element.scrollWidth}px wide cut to ${element.clientWidth}px`
            : `content ${element.scrollHeight}px tall cut to ${element.clientHeight}px`,
        );
      }
      for (const text of textNodesOf(element)) {
        const range = document.createRange();
        range.selectNodeContents(text);
        const box = nearestBox(element).getBoundingClientRect();
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          textRects.push({ rect, element, text });
          if (rect.right > box.right + TOLERANCE_PX || rect.left < box.left - TOLERANCE_PX) {
            report(
              'overflow',
              element,
              `text ${Math.round(rect.left)}–${Math.round(rect.right)}px outside its box ${Math.round(box.left)}–${Math.round(box.right)}px`,
            );
            break;
          }
        }
      }
    }
    for (let i = 0; i < textRects.length; i += 1) {
      for (let j = i + 1; j < textRects.length; j += 1) {
        const a = textRects[i];
        const b = textRects[j];
        if (a.text !== b.text && intersects(a.rect, b.rect)) {
          report('overlap', a.element, `drawn over ${describe(b.element)}`);
        }
      }
    }
    const page = document.scrollingElement || document.documentElement;
    if (page.scrollWidth > window.innerWidth + TOLERANCE_PX) {
      problems.push({
        kind: 'scroll',
        where: 'the page',
        detail: `${page.scrollWidth}px wide in a ${window.innerWidth}px window`,
      });
    }
    return { problems, checkedElements: elements.length, checkedTexts: textRects.length };
  }

  // ---- keyboard --------------------------------------------------------------------------------

  function isDisabled(element) {
    return element.disabled === true || element.getAttribute('aria-disabled') === 'true';
  }

  /** What a keyboard user must be able to reach: native controls, links, and elements with an interactive role. */
  function isInteractive(element) {
    const role = element.getAttribute('role');
    if (NATIVE_FOCUSABLE.has(element.tagName)) return element.type !== 'hidden';
    if (element.tagName === 'A' && element.hasAttribute('href')) return true;
    if (role && INTERACTIVE_ROLES.has(role)) return true;
    const tabindex = element.getAttribute('tabindex');
    return tabindex !== null && Number(tabindex) >= 0 && !role;
  }

  function accessibleName(element) {
    const label = element.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = element.getRootNode();
      const text = labelledBy
        .split(/\s+/)
        .map((id) => (root.getElementById ? root.getElementById(id) : document.getElementById(id)))
        .filter(Boolean)
        .map((node) => node.textContent.trim())
        .join(' ');
      if (text) return text;
    }
    if (element.labels && element.labels.length) {
      return [...element.labels].map((node) => node.textContent.trim()).join(' ');
    }
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
    return text || element.getAttribute('title') || '';
  }

  const FOCUS_STYLE = [
    'outlineStyle',
    'outlineWidth',
    'outlineColor',
    'boxShadow',
    'borderTopColor',
    'borderBottomColor',
    'backgroundColor',
    'textDecorationLine',
  ];
  const styleSnapshot = (element) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(FOCUS_STYLE.map((name) => [name, style[name]]));
  };

  let controlsById = new Map();

  /**
   * Every enabled, visible control under the active root, each tagged with an id so a Tab walk can
   * name what got focus, with its accessible name and its style when it does not have focus.
   */
  function controls(selector) {
    const root = activeRoot(selector);
    controlsById = new Map();
    const list = [];
    visibleElements(root)
      .filter((element) => isInteractive(element) && !isDisabled(element))
      .forEach((element, index) => {
        const id = `c${index}`;
        element.setAttribute('data-iuk-control', id);
        controlsById.set(id, { element, unfocused: styleSnapshot(element) });
        list.push({
          id,
          name: accessibleName(element),
          tag: element.tagName.toLowerCase(),
          where: describe(element),
          tabindex: element.getAttribute('tabindex'),
        });
      });
    return list;
  }

  function deepActiveElement() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement)
      active = active.shadowRoot.activeElement;
    return active;
  }

  /**
   * The element that has focus now: its control id (if it is one of controls()), its name, and whether
   * its focus can be seen: an outline, or a focus style (ring, border, background) that differs from
   * how it looks without focus.
   */
  function focused() {
    const element = deepActiveElement();
    if (!element || element === document.body) return { id: null, name: '', visible: false, tag: 'body' };
    const id = element.getAttribute('data-iuk-control');
    const now = styleSnapshot(element);
    const before = id && controlsById.get(id) ? controlsById.get(id).unfocused : undefined;
    const outline = now.outlineStyle !== 'none' && parseFloat(now.outlineWidth) > 0;
    const changed = before
      ? FOCUS_STYLE.some((name) => name !== 'outlineStyle' && now[name] !== before[name])
      : false;
    const rect = element.getBoundingClientRect();
    return {
      id,
      name: accessibleName(element),
      tag: element.tagName.toLowerCase(),
      where: describe(element),
      visible: outline || changed || (!before && now.boxShadow !== 'none'),
      onScreen: rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0,
      inDialog:
        !!element.closest && !!findAncestor(element, (node) => node.getAttribute('role') === 'dialog'),
      isHeading: /^H[1-6]$/.test(element.tagName),
    };
  }

  function findAncestor(element, test) {
    let node = element;
    while (node && node.nodeType === Node.ELEMENT_NODE) {
      if (test(node)) return node;
      node = composedParent(node);
    }
    return null;
  }

  window.__iukChecks = { layout, controls, focused, describe, visibleElements, activeRoot };
})();
