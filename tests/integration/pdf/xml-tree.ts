import { SaxesParser } from 'saxes';

/** An element with its namespace URI and local name, and its text (children's included). */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
}

/**
 * Parses XML with saxes, a conforming XML 1.0 and namespaces parser (jsdom's): any
 * well-formedness error throws, including a bare "&", "]]>" in text, an undefined entity or
 * an unbound prefix, which laxer parsers let through. The XMP packet's <?xpacket?>
 * instructions are allowed, as XML allows them.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = {
    uri: '',
    local: '#document',
    attributes: new Map(),
    children: [],
    text: '',
  };
  const open: XmlElement[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      attributes.set(`${attribute.uri} ${attribute.local}`, attribute.value);
    }
    const element = { uri: tag.uri, local: tag.local, attributes, children: [], text: '' };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    for (const element of open) element.text += text;
  });
  parser.on('cdata', (text) => {
    for (const element of open) element.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  return root;
}

/** Every element below `from` with this namespace and local name, in document order. */
export function findAll(from: XmlElement, uri: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.uri === uri && element.local === local) found.push(element);
    element.children.forEach(visit);
  };
  from.children.forEach(visit);
  return found;
}

/** The text of the single element at the end of a path of (namespace, local name) steps. */
export function textAt(from: XmlElement, ...path: [string, string][]): string | undefined {
  let current = [from];
  for (const [uri, local] of path) current = current.flatMap((e) => findAll(e, uri, local));
  if (current.length > 1) throw new Error(`${path.map((p) => p[1]).join('/')} occurs twice`);
  return current[0]?.text;
}
