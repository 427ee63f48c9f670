import { DOMParser, type Document } from '@xmldom/xmldom';
import { decodeTextFile, normalizeEncoding } from './decode-text';
import { ReadError } from './types';

/**
 * Decodes an XML file: the encoding in its declaration (`<?xml … encoding="GBK"?>`) when there is
 * one, else UTF-8 falling back to GBK; `forced` overrides both.
 */
export function decodeXml(bytes: Uint8Array, forced?: string): { text: string; encoding: string } {
  if (!forced) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
    const encoding = declared ? normalizeEncoding(declared) : null;
    if (encoding && encoding !== 'utf-8') return decodeTextFile(bytes, encoding);
  }
  return decodeTextFile(bytes, forced);
}

/** Parses XML without the DOM (works in workers and Node); not-well-formed input → ReadError. */
export function parseXml(text: string, fileName: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      problem ??= message;
      throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const reason = problem ?? (error instanceof Error ? error.message : String(error));
    throw new ReadError(fileName, `is not well-formed XML: ${reason.replace(/\s+/g, ' ').trim()}`);
  }
  if (!doc.documentElement) throw new ReadError(fileName, 'is empty: no XML element found');
  return doc;
}

/** The local name of the document's root element, lower-cased (`kml`, `gpx`). */
export function rootName(doc: Document): string {
  const el = doc.documentElement;
  return (el?.localName ?? el?.nodeName ?? '').toLowerCase();
}
