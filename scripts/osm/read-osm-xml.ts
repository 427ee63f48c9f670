/**
 * A small reader for OSM XML files (`.osm`, as JOSM or the OSM API write them), used when osmium
 * is not installed or with `--reader builtin`. It parses the whole file into memory: fine for a
 * county-sized download, not for a provincial extract (use the .osm.pbf and osmium for that).
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { OsmElement, OsmMember } from '../../src/lib/infra/osm-to-features';

function tagsOf(el: Element): Record<string, string> | undefined {
  const tags: Record<string, string> = {};
  const list = el.getElementsByTagName('tag');
  for (let i = 0; i < list.length; i++) tags[list[i].getAttribute('k') ?? ''] = list[i].getAttribute('v') ?? '';
  return list.length > 0 ? tags : undefined;
}

function int(el: Element, attr: string, file: string): number {
  const v = Number(el.getAttribute(attr));
  if (!Number.isFinite(v))
    throw new Error(`${file}: <${el.tagName} id="${el.getAttribute('id')}"> has no valid ${attr}`);
  return v;
}

/** The nodes, ways and relations of an OSM XML file, and its newest object timestamp (or null). */
export function readOsmXml(file: string): { elements: OsmElement[]; newest: string | null } {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(
    readFileSync(file, 'utf8'),
    'text/xml',
  );
  if (errors.length > 0 || doc.documentElement?.tagName !== 'osm')
    throw new Error(`${file} is not OSM XML: ${errors[0] ?? `root element is <${doc.documentElement?.tagName}>`}`);
  const elements: OsmElement[] = [];
  let newest: string | null = null;
  const children = doc.documentElement.childNodes;
  for (let i = 0; i < children.length; i++) {
    const el = children[i] as Element;
    if (el.nodeType !== 1) continue;
    const ts = el.getAttribute('timestamp');
    if (ts && (newest === null || ts > newest)) newest = ts;
    const id = int(el, 'id', file);
    if (el.tagName === 'node') {
      elements.push({ type: 'node', id, lat: int(el, 'lat', file), lon: int(el, 'lon', file), tags: tagsOf(el) });
    } else if (el.tagName === 'way') {
      const nds = el.getElementsByTagName('nd');
      const nodes = Array.from({ length: nds.length }, (_, k) => int(nds[k], 'ref', file));
      elements.push({ type: 'way', id, nodes, tags: tagsOf(el) });
    } else if (el.tagName === 'relation') {
      const list = el.getElementsByTagName('member');
      const members = Array.from({ length: list.length }, (_, k): OsmMember => ({
        type: list[k].getAttribute('type') as OsmMember['type'],
        ref: int(list[k], 'ref', file),
        role: list[k].getAttribute('role') ?? '',
      }));
      elements.push({ type: 'relation', id, members, tags: tagsOf(el) });
    }
  }
  return { elements, newest };
}
