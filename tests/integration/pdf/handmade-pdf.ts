/**
 * A small PDF written by hand the way other producers write theirs, unlike pdfkit: a literal
 * file name with escapes, a description in UTF-16BE spelt with octal escapes, an embedded
 * file stream without /Type, a simple Type 1 font without a ToUnicode map, text drawn with Tj
 * and TJ after Td, and a stream /Length given by an indirect object. Offsets and the
 * cross-reference table are right, so poppler reads it too.
 */
export function handmadePdf(file: Uint8Array): Uint8Array {
  const content = [
    'BT /F1 12 Tf 72 720 Td (Hello \\(World\\) caf\\351) Tj',
    '0 -16 Td [(3F2A) -300 (91BC)] TJ ET',
  ].join('\n');
  const description = `\\376\\377${[...'Descripci\u00F3n & <x>'].map((char) => `\\000${octal(char)}`).join('')}`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.json) 6 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R' +
      ' /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('<< /Length 9 0 R >>', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Filespec /F (r\\(1\\)\\\\x.json) /Desc (${description}) /EF << /F 7 0 R >> >>`,
    stream(`<< /Length ${file.length} >>`, file),
    '<< /Producer (handmade) >>',
    String(content.length),
  ];
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  write('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  objects.forEach((object, index) => {
    offsets.push(length);
    write(`${index + 1} 0 obj\n`);
    write(object);
    write('\nendobj\n');
  });
  const xref = length;
  write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) write(`${String(offset).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 8 0 R >>\n`);
  write(`startxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

function octal(char: string): string {
  return `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`;
}

function stream(dict: string, data: string | Uint8Array): Uint8Array {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`${dict}\nstream\n`), bytes, Buffer.from('\nendstream')]);
}
