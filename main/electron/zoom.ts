import type { Screen, WebContents } from 'electron';

type ZoomTarget = Pick<
  WebContents,
  'on' | 'setVisualZoomLevelLimits' | 'setZoomFactor' | 'isDestroyed'
>;

/** Sets the zoom factor back to 1 and forbids pinch zoom. */
export function resetZoom(contents: ZoomTarget): void {
  if (contents.isDestroyed()) return;

  void contents.setVisualZoomLevelLimits(1, 1);
  contents.setZoomFactor(1);
}

/**
 * Keeps the page at scale 1. Chromium can drop the pinch limits when a
 * touch controller or a display is replugged and on every page load, so the
 * lock is re-applied then, and a Ctrl+wheel zoom is undone at once.
 */
export function lockZoom(
  contents: ZoomTarget,
  screen: Pick<Screen, 'on'>,
): void {
  const reset = () => resetZoom(contents);

  reset();
  contents.on('did-finish-load', reset);
  contents.on('zoom-changed', reset);
  screen.on('display-added', reset);
  screen.on('display-removed', reset);
  screen.on('display-metrics-changed', reset);
}
