import { UnreadableFileError } from './zip';

// Compound File Binary (OLE2) is the container of Word 97-2003 .doc files, .xls and .ppt, and also
// of a password-protected or rights-managed (IRM) .docx, whose encrypted package sits in a stream.
// The streams' names, stored in UTF-16 in the directory, tell them apart.

export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** The one-line reason a compound file cannot be checked, saying what to do instead. */
export function compoundFileRefusal(bytes: Uint8Array): UnreadableFileError {
  const names = streamNames(bytes);
  const has = (name: string) => names.has(name);
  if ([...names].some((name) => name.includes('DRMEncrypted'))) {
    return new UnreadableFileError(
      'the document is protected with rights management (IRM or a sensitivity label), so only Word can open it; ask its owner for an unprotected copy, or save one in Word, and try again',
    );
  }
  if (has('EncryptionInfo') || has('EncryptedPackage')) {
    return new UnreadableFileError('the document is password-protected (encrypted); open it in Word, remove the password (File > Info > Protect Document), save it and try again');
  }
  if (has('WordDocument')) return new UnreadableFileError('this is an older Word (.doc, Word 97-2003) file, not a .docx; save it as a .docx in Word (File > Save As) and try again');
  if (has('Workbook') || has('Book')) return new UnreadableFileError('this is an Excel spreadsheet (.xls), not a Word document; put the agreement in Word, save it as a .docx and try again');
  if (has('PowerPoint Document')) return new UnreadableFileError('this is a PowerPoint file (.ppt), not a Word document; put the agreement in Word, save it as a .docx and try again');
  return new UnreadableFileError('this is an older Office file, not a .docx; open it in Word, save it as a .docx (File > Save As) and try again');
}

/**
 * Names of the directory entries. The directory is a chain of sectors whose first sector the
 * header names; each 128-byte entry starts with up to 32 UTF-16 characters of name. Rather than
 * follow the sector chain (a damaged chain could loop), every 128-byte slot after the header is
 * read: a slot that is not an entry gives a name that matches nothing we look for.
 */
function streamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 64, true); // bytes, including the terminating zero
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || type < 1 || type > 5) continue;
    let name = '';
    for (let i = 0; i < length / 2 - 1; i++) name += String.fromCharCode(view.getUint16(at + i * 2, true));
    if (view.getUint16(at + length - 2, true) === 0) names.add(name);
  }
  return names;
}
