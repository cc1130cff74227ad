import { SaxesParser } from 'saxes';
import { MmfError } from '../../../kernel/errors.js';

/** One element as the parser opens it: name (prefix kept) and attribute values, entities decoded. */
export interface XmlTag {
  name: string;
  attributes: Readonly<Record<string, string>>;
}

export interface XmlVisitor {
  /** An element opens; `depth` is 0 for the root. Return true to collect the element's text for `close`. */
  open(tag: XmlTag, depth: number): boolean | void;
  /** The element closes; `text` is its character data (and CDATA) when `open` asked for it. */
  close(name: string, text: string | undefined): void;
}

/** Character data kept per element (a stack trace or captured output); the rest is cut with a marker. */
export const MAX_ELEMENT_TEXT = 64 * 1024;

/**
 * Streams an XML document through `visitor` with saxes, a strict (well-formedness
 * checking) parser that never loads a DTD and knows only XML's five predefined
 * entities. A DOCTYPE that carries an internal subset (`[ … ]`, where entity
 * declarations live: external entities, expansion bombs) is refused before any
 * element is read; a DOCTYPE naming only an external DTD (as JaCoCo and old
 * Cobertura write) is ignored and that DTD is never read.
 */
export function readXml(text: string, file: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ position: true });
  const collecting: Array<{ parts: string[]; size: number } | undefined> = [];
  let depth = 0;
  let failure: MmfError | undefined;
  const fail = (error: MmfError) => {
    failure ??= error;
    throw error;
  };
  const addText = (chunk: string) => {
    const target = collecting[collecting.length - 1];
    if (!target || target.size >= MAX_ELEMENT_TEXT) return;
    const room = MAX_ELEMENT_TEXT - target.size;
    target.parts.push(
      chunk.length > room ? `${chunk.slice(0, room)}\n… (cut at ${MAX_ELEMENT_TEXT} characters)` : chunk,
    );
    target.size += chunk.length;
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('['))
      fail(
        new MmfError(
          'E_REPORT_XML_DOCTYPE',
          `line ${parser.line}: the document declares a DOCTYPE with an internal subset (entity declarations); reports with DTD entities are refused so that no external entity is read and no entity expansion runs`,
          {
            file,
            hint: 'write the report without a DOCTYPE (test runners and coverage tools do not need one); if a tool really wrote this, report it',
          },
        ),
      );
  });
  parser.on('opentag', (tag) => {
    // saxes's tag (without namespaces) is already { name, attributes: Record<string, string> }.
    const wants = visitor.open(tag as XmlTag, depth);
    depth += 1;
    collecting.push(wants ? { parts: [], size: 0 } : undefined);
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    depth -= 1;
    const collected = collecting.pop();
    visitor.close(tag.name, collected?.parts.join(''));
  });
  parser.on('error', (err) => {
    fail(
      new MmfError('E_REPORT_PARSE', `not well-formed XML: ${err.message.replace(/\.$/, '')}`, {
        file,
        hint: 'the tool that wrote it may have stopped half-way (a crashed or killed test run); run it again',
      }),
    );
  });

  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof MmfError) throw err;
    throw new MmfError('E_REPORT_PARSE', `could not be read as XML: ${(err as Error).message}`, {
      file,
      cause: err,
    });
  }
  if (depth !== 0) throw new MmfError('E_REPORT_PARSE', 'the XML document ends early', { file });
}
