import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { UnreadableFileError } from './zip';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

// Names are reported with these prefixes whatever prefix the file itself uses ("w:p" even when a
// generator wrote "ns0:p" or a default namespace), and Strict OOXML reads like Transitional.
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.microsoft.com/office/webextensions/webextension/2010/11': 'we',
};

function canonical(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  if (prefix) return `${prefix}:${local}`;
  // Other namespaces keep their URI, so a stray "w:" bound elsewhere is never taken for Word's.
  return uri ? `{${uri}}${local}` : local;
}

/**
 * Stream-parse XML. A DOCTYPE is refused outright: Word never writes one, and it is how entity
 * expansion attacks ("billion laughs") get in.
 */
export function parseXml(xml: string, handlers: XmlHandlers, what: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    throw new UnreadableFileError(`${what} contains a DOCTYPE declaration, which Word documents never have; not read`);
  });
  const names: string[] = [];
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes) as SaxesAttributeNS[]) {
      // Unprefixed attributes have no namespace and keep their plain name (we:property name="...").
      attributes[attribute.uri ? canonical(attribute.uri, attribute.local) : attribute.name] = attribute.value;
    }
    const name = canonical(tag.uri, tag.local);
    names.push(name);
    handlers.open(name, attributes);
  });
  parser.on('closetag', () => handlers.close(names.pop() ?? ''));
  parser.on('text', (text: string) => handlers.text(text));
  parser.on('cdata', (text: string) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`${what} is not well-formed XML`);
  }
}
