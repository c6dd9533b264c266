// Request and response bodies of card calls in JSON or XML. The simulator
// uses the same codec for the server side.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export type WireFormat = 'json' | 'xml';

/** A decoded response: the envelope's status, info and other fields. */
export interface Envelope {
  status: number;
  info: string;
  fields: Record<string, unknown>;
}

const MEDIA_TYPES: Record<WireFormat, string> = {
  json: 'application/json',
  xml: 'application/xml',
};

const XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>";

const builder = new XMLBuilder({ processEntities: true });
const parser = new XMLParser({
  ignoreDeclaration: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
});

/** Returns the media type of a format, as sent in `Accept`. */
export function mediaTypeOf(format: WireFormat): string {
  return MEDIA_TYPES[format];
}

/** Picks the format an `Accept` header asks for: XML when it names XML. */
export function formatFromAccept(accept: string | undefined): WireFormat {
  return accept !== undefined && /\bxml\b/i.test(accept) ? 'xml' : 'json';
}

/**
 * Encodes fields as a JSON object or as an XML document whose root element
 * is `root` with one child element per field.
 */
export function encodeBody(
  fields: Record<string, unknown>,
  format: WireFormat,
  root: 'request' | 'response',
): string {
  if (format === 'json') return JSON.stringify(fields);
  return XML_DECLARATION + builder.build({ [root]: fields });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Decodes a JSON object or an XML document with the given root element.
 * Returns null for anything else: an empty body, an HTML page, garbage.
 */
export function decodeBody(
  text: string,
  format: WireFormat,
  root: 'request' | 'response',
): Record<string, unknown> | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;

  if (format === 'json') {
    if (!trimmed.startsWith('{')) return null;
    try {
      const value: unknown = JSON.parse(trimmed);
      return isRecord(value) ? value : null;
    } catch {
      // Not JSON at all: the caller reports the body as invalid.
      return null;
    }
  }

  if (XMLValidator.validate(trimmed) !== true) return null;
  const document: unknown = parser.parse(trimmed);
  if (!isRecord(document)) return null;

  const element = document[root];
  if (element === '') return {};
  return isRecord(element) ? element : null;
}

/** Reads the status envelope from a decoded body, or null when absent. */
export function readEnvelope(
  body: Record<string, unknown> | null,
): Envelope | null {
  if (body === null) return null;

  const rawStatus = body.status;
  const status =
    typeof rawStatus === 'number'
      ? rawStatus
      : typeof rawStatus === 'string' && /^\d+$/.test(rawStatus)
        ? Number(rawStatus)
        : NaN;
  if (!Number.isInteger(status)) return null;

  const info = typeof body.info === 'string' ? body.info : '';
  const { status: _status, info: _info, ...fields } = body;
  return { status, info, fields };
}
