/**
 * Shows an audit detail for people: a JSON object becomes "key: value"
 * pairs, any other text stays as it is.
 */
export function formatAuditDetail(detail: string | null): string {
  if (!detail) return '';

  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    // Plain-text details are common and shown unchanged.
    return detail;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return detail;
  }
  return Object.entries(parsed as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
    )
    .join(', ');
}
