/** Saves `text` as a download named `fileName`, through a Blob URL. */
export function downloadText(
  fileName: string,
  text: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();

  // Revoking at once can cancel the download in Chromium; a later tick is
  // enough for it to have started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
