import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnreadableFileError } from './zip';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Stream-parse XML. A DOCTYPE is refused outright: Word never writes one, and it is how entity
 * expansion attacks ("billion laughs") get in.
 */
export function parseXml(xml: string, handlers: XmlHandlers, what: string): void {
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw new UnreadableFileError(`${what} contains a DOCTYPE declaration, which Word documents never have; not read`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(tag.name));
  parser.on('text', (text: string) => handlers.text(text));
  parser.on('cdata', (text: string) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`${what} is not well-formed XML`);
  }
}
