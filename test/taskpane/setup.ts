/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to switch between its single-line
 * and multi-line layouts; a no-op one keeps the single-line layout, as a wide pane would.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
}
