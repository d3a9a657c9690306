import { UnreadableFileError } from './zip';
import { MAX_XML_DEPTH } from './limits';

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
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.microsoft.com/office/webextensions/webextension/2010/11': 'we',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'urn:schemas-microsoft-com:vml': 'v',
};
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

function canonical(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  if (prefix) return `${prefix}:${local}`;
  // Other namespaces keep their URI, so a stray "w:" bound elsewhere is never taken for Word's.
  return uri ? `{${uri}}${local}` : local;
}

class Malformed extends Error {}

/**
 * Stream-parse XML in one pass, without recursion: the work is linear in the size of the text
 * whatever the nesting, and memory holds only the open elements (at most MAX_XML_DEPTH).
 * Namespace prefixes resolve through one stack per prefix, so a deep document never walks its
 * ancestors. A DOCTYPE is refused outright: Word never writes one, and it is how entity expansion
 * attacks ("billion laughs") get in.
 */
export function parseXml(xml: string, handlers: XmlHandlers, what: string): void {
  try {
    walk(xml, handlers, what);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    if (error instanceof Malformed || error instanceof RangeError) throw new UnreadableFileError(`${what} is not well-formed XML (the file is damaged); open it in Word, save it again and try again`);
    throw error;
  }
}

const NAME = /[^\s/>=<&"']+/y;
const ATTRIBUTE = /\s*([^\s/>=<&"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const SPACE = /\s*/y;
/** Shared by every element without attributes; handlers only read it. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function walk(xml: string, handlers: XmlHandlers, what: string): void {
  // Each prefix's bindings, innermost last; each open element remembers the prefixes it declared.
  const bindings = new Map<string, string[]>([['xml', [XML_NAMESPACE]]]);
  const rawNames: string[] = [];
  const names: string[] = [];
  const declared: Array<string[] | null> = [];
  // Canonical names by raw name; emptied whenever a declaration changes what a prefix means.
  let cache = new Map<string, string>();
  let sawRoot = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = xml.length;

  const resolve = (prefix: string): string | undefined => {
    const stack = bindings.get(prefix);
    return stack && stack.length ? stack[stack.length - 1] : undefined;
  };
  const nameOf = (raw: string, isAttribute: boolean): string => {
    const colon = raw.indexOf(':');
    if (colon < 0) {
      if (isAttribute) return raw; // Unprefixed attributes have no namespace (we:property name="...").
      return canonical(resolve('') ?? '', raw);
    }
    const uri = resolve(raw.slice(0, colon));
    if (uri === undefined || colon === 0 || colon === raw.length - 1) throw new Malformed();
    return canonical(uri, raw.slice(colon + 1));
  };

  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      if (rawNames.length > 0) handlers.text(decodeEntities(xml, at, textEnd));
      else if (xml.slice(at, textEnd).trim() !== '') throw new Malformed();
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      at = skipPast(xml, '?>', lt + 2);
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        at = skipPast(xml, '-->', lt + 4);
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0 || rawNames.length === 0) throw new Malformed();
        handlers.text(xml.slice(lt + 9, end));
        at = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new UnreadableFileError(`${what} contains a DOCTYPE declaration, which Word documents never have; not read`);
      } else {
        throw new Malformed();
      }
      continue;
    }
    if (next === 0x2f /* / */) {
      // An end tag must name the element open now: compare in place rather than read a name.
      const open = rawNames.length ? rawNames[rawNames.length - 1] : '';
      let end = lt + 2 + open.length;
      if (!open || !xml.startsWith(open, lt + 2)) throw new Malformed();
      if (xml.charCodeAt(end) !== 0x3e /* > */) {
        SPACE.lastIndex = end;
        SPACE.exec(xml);
        end = SPACE.lastIndex;
        if (xml.charCodeAt(end) !== 0x3e) throw new Malformed();
      }
      at = end + 1;
      rawNames.pop();
      const name = names.pop() as string;
      cache = undeclare(declared.pop() ?? null, bindings, cache);
      handlers.close(name);
      continue;
    }

    // A start tag.
    NAME.lastIndex = lt + 1;
    const match = NAME.exec(xml);
    if (!match) throw new Malformed();
    if (rawNames.length === 0 && sawRoot) throw new Malformed();
    sawRoot = true;
    const raw = match[0];
    let position = NAME.lastIndex;
    let attributeList: string[] | null = null;
    let declaredHere: string[] | null = null;
    const after = xml.charCodeAt(position);
    // Most elements have no attributes: go straight to the end of the tag.
    if (after !== 0x3e /* > */ && after !== 0x2f /* / */) for (;;) {
      ATTRIBUTE.lastIndex = position;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute) break;
      position = ATTRIBUTE.lastIndex;
      const attributeName = attribute[1];
      const value = decodeEntities(attribute[2] ?? attribute[3], 0, (attribute[2] ?? attribute[3]).length);
      if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) {
        const prefix = attributeName === 'xmlns' ? '' : attributeName.slice(6);
        if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && value === '')) throw new Malformed();
        let stack = bindings.get(prefix);
        if (!stack) bindings.set(prefix, (stack = []));
        stack.push(value);
        (declaredHere ??= []).push(prefix);
        cache = new Map();
      } else {
        (attributeList ??= []).push(attributeName, value);
      }
    }
    if (after !== 0x3e && after !== 0x2f) {
      SPACE.lastIndex = position;
      SPACE.exec(xml);
      position = SPACE.lastIndex;
    }
    let selfClosing = false;
    if (xml.charCodeAt(position) === 0x2f /* / */) {
      selfClosing = true;
      position++;
    }
    if (xml.charCodeAt(position) !== 0x3e /* > */) throw new Malformed();
    at = position + 1;

    if (rawNames.length >= MAX_XML_DEPTH) {
      throw new UnreadableFileError(
        `${what} nests its parts more than ${MAX_XML_DEPTH.toLocaleString('en-GB')} levels deep, far deeper than Word ever writes (the file is damaged or was made to break programs); not read`,
      );
    }
    let name = cache.get(raw);
    if (name === undefined) {
      name = nameOf(raw, false);
      cache.set(raw, name);
    }
    let attributes = NO_ATTRIBUTES;
    if (attributeList) {
      attributes = {};
      for (let i = 0; i < attributeList.length; i += 2) attributes[nameOf(attributeList[i], true)] = attributeList[i + 1];
    }
    handlers.open(name, attributes);
    if (selfClosing) {
      cache = undeclare(declaredHere, bindings, cache);
      handlers.close(name);
    } else {
      rawNames.push(raw);
      names.push(name);
      declared.push(declaredHere);
    }
  }
  if (rawNames.length > 0 || !sawRoot) throw new Malformed();
}

function undeclare(prefixes: string[] | null, bindings: Map<string, string[]>, cache: Map<string, string>): Map<string, string> {
  if (!prefixes) return cache;
  for (const prefix of prefixes) bindings.get(prefix)?.pop();
  return new Map();
}

function skipPast(xml: string, end: string, from: number): number {
  const found = xml.indexOf(end, from);
  if (found < 0) throw new Malformed();
  return found + end.length;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text between `start` and `end` with its character and entity references replaced. */
function decodeEntities(xml: string, start: number, end: number): string {
  let amp = xml.indexOf('&', start);
  if (amp < 0 || amp >= end) return start === 0 && end === xml.length ? xml : xml.slice(start, end);
  let out = '';
  let from = start;
  while (amp >= 0 && amp < end) {
    const semicolon = xml.indexOf(';', amp);
    // References are short; a long run without ';' is a stray '&', which XML does not allow.
    if (semicolon < 0 || semicolon >= end || semicolon - amp > 12) throw new Malformed();
    const reference = xml.slice(amp + 1, semicolon);
    let replacement: string | undefined;
    if (reference.charCodeAt(0) === 0x23 /* # */) {
      const code = reference[1] === 'x' ? parseHex(reference.slice(2)) : parseDecimal(reference.slice(1));
      if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) throw new Malformed();
      replacement = String.fromCodePoint(code);
    } else {
      replacement = NAMED[reference];
      if (replacement === undefined) throw new Malformed();
    }
    out += xml.slice(from, amp) + replacement;
    from = semicolon + 1;
    amp = xml.indexOf('&', from);
  }
  return out + xml.slice(from, end);
}

function parseHex(digits: string): number {
  return /^[0-9a-fA-F]{1,6}$/.test(digits) ? parseInt(digits, 16) : -1;
}

function parseDecimal(digits: string): number {
  return /^[0-9]{1,7}$/.test(digits) ? Number(digits) : -1;
}
