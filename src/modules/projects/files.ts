/**
 * What uploaded documents may be and how their names are made safe. Pure: no I/O.
 *
 * Only an allow-list of media types is accepted, and the content must look like its declared
 * type (magic bytes), so a script cannot be uploaded as "a PDF". Downloads are always sent as
 * attachments with `nosniff` and a sandboxing CSP (see documents.ts).
 */
import { type ProblemRef, problem } from '../../domain/problems.js';

type Sniff = (bytes: Uint8Array) => boolean;

const startsWith =
  (...magic: number[]): Sniff =>
  (b) =>
    magic.every((m, i) => b[i] === m);

const PDF = startsWith(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
const PNG = startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = startsWith(0xff, 0xd8, 0xff);
const GIF = startsWith(0x47, 0x49, 0x46, 0x38); // GIF8
const WEBP: Sniff = (b) =>
  startsWith(0x52, 0x49, 0x46, 0x46)(b) && [0x57, 0x45, 0x42, 0x50].every((m, i) => b[8 + i] === m);
const TIFF: Sniff = (b) =>
  startsWith(0x49, 0x49, 0x2a, 0x00)(b) || startsWith(0x4d, 0x4d, 0x00, 0x2a)(b);
/** Zip containers: .zip, OOXML (docx, xlsx, pptx), OpenDocument. */
const ZIP: Sniff = (b) =>
  startsWith(0x50, 0x4b, 0x03, 0x04)(b) || startsWith(0x50, 0x4b, 0x05, 0x06)(b);
/** OLE compound files: the old .doc, .xls, .ppt. */
const OLE = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** Text: valid UTF-8 without NUL bytes. */
const TEXT: Sniff = (b) => {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/** The accepted media types, each with the check its content must pass. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<string, Sniff>> = {
  'application/pdf': PDF,
  'image/png': PNG,
  'image/jpeg': JPEG,
  'image/gif': GIF,
  'image/webp': WEBP,
  'image/tiff': TIFF,
  'application/msword': OLE,
  'application/vnd.ms-excel': OLE,
  'application/vnd.ms-powerpoint': OLE,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ZIP,
  'application/vnd.oasis.opendocument.text': ZIP,
  'application/vnd.oasis.opendocument.spreadsheet': ZIP,
  'application/vnd.oasis.opendocument.presentation': ZIP,
  'application/zip': ZIP,
  'text/plain': TEXT,
  'text/csv': TEXT,
};

/** `Application/PDF; charset=x` → `application/pdf`. */
export function normalizeMediaType(text: string): string {
  return (text.split(';')[0] ?? '').trim().toLowerCase();
}

/** Why the content is refused (the field at fault and a message), or null when accepted. */
export function checkDocument(
  mediaType: string,
  content: Uint8Array,
): { field: 'mediaType' | 'contentBase64'; problem: ProblemRef } | null {
  const sniff = DOCUMENT_MEDIA_TYPES[mediaType];
  if (!sniff) return { field: 'mediaType', problem: problem('document.mediaType', { mediaType }) };
  if (content.length === 0) return { field: 'contentBase64', problem: problem('document.empty') };
  if (!sniff(content)) {
    return { field: 'contentBase64', problem: problem('document.contentMismatch', { mediaType }) };
  }
  return null;
}

const MAX_NAME = 180;

/**
 * A filename safe to store and send back: the last path component only, without control
 * characters or characters that are reserved on common file systems, no leading dots, at most
 * 180 characters (keeping the extension). Never empty.
 */
export function sanitizeFilename(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  let clean = last
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if ([...clean].length > MAX_NAME) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean =
      [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_NAME - ext.length).join('') + ext;
  }
  return clean === '' ? 'document' : clean;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
