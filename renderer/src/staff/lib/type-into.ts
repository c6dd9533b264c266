type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Input types whose caret position the DOM exposes. */
const SELECTABLE = new Set(['text', 'search', 'tel', 'url', 'password']);

/** True for a focused element the staff keyboard can type into. */
export function isTextControl(element: Element | null): element is TextControl {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  return (
    element instanceof HTMLInputElement &&
    !element.readOnly &&
    !element.disabled &&
    (SELECTABLE.has(element.type) || element.type === 'number')
  );
}

/**
 * Computes the value after typing `text` (or deleting, for null) at the
 * selection. Without a known selection the edit happens at the end.
 */
export function editValue(
  value: string,
  selection: { start: number; end: number } | null,
  text: string | null,
): { value: string; caret: number } {
  const start = selection?.start ?? value.length;
  const end = selection?.end ?? value.length;

  if (text !== null) {
    return {
      value: value.slice(0, start) + text + value.slice(end),
      caret: start + text.length,
    };
  }
  if (start !== end)
    return { value: value.slice(0, start) + value.slice(end), caret: start };
  const from = Math.max(0, start - 1);
  return { value: value.slice(0, from) + value.slice(end), caret: from };
}

/**
 * Types into a React-controlled field. React tracks the value through the
 * native setter, so the setter is called and an `input` event dispatched,
 * as a real key press would.
 */
export function typeInto(control: TextControl, text: string | null): void {
  const selectable =
    control instanceof HTMLTextAreaElement || SELECTABLE.has(control.type);
  const selection = selectable
    ? { start: control.selectionStart ?? 0, end: control.selectionEnd ?? 0 }
    : null;
  const next = editValue(control.value, selection, text);
  if (control.maxLength > 0 && next.value.length > control.maxLength) return;

  const prototype = Object.getPrototypeOf(control) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
  descriptor?.set?.call(control, next.value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  if (selectable) control.setSelectionRange(next.caret, next.caret);
}
