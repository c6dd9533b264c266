const resets = new Set<() => void>();

/** Registers a store's reset so that locking the staff area clears it. */
export function registerStoreReset(reset: () => void): void {
  resets.add(reset);
}

/** Resets every staff store to its initial state. */
export function resetStaffStores(): void {
  for (const reset of resets) reset();
}
