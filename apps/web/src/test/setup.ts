/**
 * jsdom lacks what Mantine asks the browser for: matchMedia (useMediaQuery, color scheme), ResizeObserver
 * (ScrollArea, Tabs, SegmentedControl) and a few layout calls. Loaded before every panel component test; the Fetch
 * API comes from jsdom-environment.cjs.
 */
const noop = () => undefined;

// (A test may ask for the node environment, e.g. the bundle budget: then there is no window to prepare.)
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: noop,
        removeListener: noop,
        addEventListener: noop,
        removeEventListener: noop,
        dispatchEvent: () => false,
      }),
    });
  }

  class ResizeObserverStub {
    observe = noop;
    unobserve = noop;
    disconnect = noop;
  }
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

  Element.prototype.scrollIntoView ??= noop;
  Element.prototype.scrollTo ??= noop;
  window.scrollTo = noop as typeof window.scrollTo;
}
