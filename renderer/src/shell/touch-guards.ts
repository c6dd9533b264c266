// Blocks what a kiosk page must not do under touch or a stray keyboard:
// zoom by pinch, ctrl+wheel or ctrl+plus, and the long-press context menu.
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

function blockZoomKeys(event: KeyboardEvent): void {
  if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) {
    event.preventDefault();
  }
}

function blockCtrlWheel(event: WheelEvent): void {
  // Chromium reports a trackpad pinch as a wheel event with ctrlKey set.
  if (event.ctrlKey) event.preventDefault();
}

function blockMultiTouch(event: TouchEvent): void {
  if (event.touches.length > 1) event.preventDefault();
}

function block(event: Event): void {
  event.preventDefault();
}

/** Installs the guards on the window; returns the function that removes them. */
export function installTouchGuards(target: Window = window): () => void {
  const active = { passive: false } as const;
  target.addEventListener('keydown', blockZoomKeys, active);
  target.addEventListener('wheel', blockCtrlWheel, active);
  target.addEventListener('touchstart', blockMultiTouch, active);
  target.addEventListener('touchmove', blockMultiTouch, active);
  target.addEventListener('contextmenu', block);
  // Safari's pinch events; Chromium never fires them.
  target.addEventListener('gesturestart', block, active);

  return () => {
    target.removeEventListener('keydown', blockZoomKeys);
    target.removeEventListener('wheel', blockCtrlWheel);
    target.removeEventListener('touchstart', blockMultiTouch);
    target.removeEventListener('touchmove', blockMultiTouch);
    target.removeEventListener('contextmenu', block);
    target.removeEventListener('gesturestart', block);
  };
}
