import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/** The OpenTravel namespace every OTA message element lives in. */
export const OTA_NS = 'http://www.opentravel.org/OTA/2003/05';

/** Why a document could not be read as an OTA message. */
export class OtaReadError extends Error {
  constructor(
    readonly kind: 'MALFORMED' | 'NAMESPACE',
    message: string,
  ) {
    super(message);
  }
}

/** An element with its namespace resolved from the xmlns declarations in scope. */
interface XmlElement {
  ns: string | undefined;
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // OTA messages carry no DTD: entities beyond the five predefined ones are never expanded.
  processEntities: true,
  htmlEntities: false,
});

/**
 * Reads an OTA message: well-formed XML (no DTD), root element in the OTA namespace and named
 * `expectedRoot`. Returns the OTA-namespace content as plain values by local name: attributes as
 * strings, child elements by name (arrays for `repeatable` names), text-only elements as strings.
 * Elements of other namespaces are left out, so an OTA element under a foreign namespace is
 * simply missing when the schema looks for it.
 */
export function readOtaMessage(xml: string, expectedRoot: string, repeatable: ReadonlySet<string>): Record<string, unknown> {
  if (/<!DOCTYPE/i.test(xml)) throw new OtaReadError('MALFORMED', 'Document type declarations are not accepted');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new OtaReadError('MALFORMED', `Malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const roots = resolve(parser.parse(xml) as OrderedNode[], {});
  if (roots.length !== 1) throw new OtaReadError('MALFORMED', 'The document must have exactly one root element');
  const [root] = roots;
  if (root.ns !== OTA_NS) {
    throw new OtaReadError('NAMESPACE', `Root element ${root.name} must be in namespace ${OTA_NS} (found ${root.ns ?? 'none'})`);
  }
  if (root.name !== expectedRoot) throw new OtaReadError('NAMESPACE', `Expected ${expectedRoot}, found ${root.name}`);
  return toValue(root, repeatable) as Record<string, unknown>;
}

/** Ordered parser output → elements with namespaces resolved (xmlns and xmlns:prefix, inherited). */
function resolve(nodes: OrderedNode[], scope: Record<string, string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag.startsWith('?') || tag === '#comment') continue;
    const rawAttrs = node[':@'] ?? {};
    const inScope = { ...scope };
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns') inScope[''] = v;
      else if (k.startsWith('xmlns:')) inScope[k.slice(6)] = v;
      else if (!k.includes(':')) attrs[k] = v; // prefixed attributes (xsi:…) belong to other vocabularies
    }
    const colon = tag.indexOf(':');
    const prefix = colon < 0 ? '' : tag.slice(0, colon);
    if (colon >= 0 && !(prefix in inScope)) throw new OtaReadError('NAMESPACE', `Namespace prefix "${prefix}" of <${tag}> is not declared`);
    const content = (node[tag] as OrderedNode[]) ?? [];
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    out.push({
      ns: inScope[prefix] || undefined,
      name: colon < 0 ? tag : tag.slice(colon + 1),
      attrs,
      children: resolve(content, inScope),
      text,
    });
  }
  return out;
}

function toValue(el: XmlElement, repeatable: ReadonlySet<string>): unknown {
  const children = el.children.filter((c) => c.ns === OTA_NS);
  if (!children.length && !Object.keys(el.attrs).length) return el.text;
  const value: Record<string, unknown> = { ...el.attrs };
  if (el.text) value._text = el.text;
  for (const child of children) {
    const v = toValue(child, repeatable);
    if (repeatable.has(child.name)) ((value[child.name] as unknown[] | undefined) ?? (value[child.name] = [])).push(v);
    else if (child.name in value)
      value[child.name] = [value[child.name], v].flat(); // a non-repeatable element twice: the schema refuses the list
    else value[child.name] = v;
  }
  return value;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  suppressEmptyNode: true,
  format: false,
});

/** Serialises `{ Root: { '@Attr': …, Child: … } }` (attributes prefixed with @) as an XML document. */
export function writeXml(doc: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(doc)}`;
}
