// The reference for the agreement PDF's budget: the same document as one plain HTML page, for
// Chromium's page.pdf(). It is derived from the pdfmake document definition itself, by walking
// its content tree: every text run, paragraph, list, column and table cell the PDF prints
// becomes the matching HTML element, with the definition's own named styles and inline styles
// (size, weight, italics, colour, margins, alignment) as CSS, in the same Roboto faces the PDF
// embeds. So both renderers lay out the same words in the same fonts and sizes. Left out on
// Chromium's side only, as HTML has no plain element for them: the QR code and the few vector
// lines pdfmake draws, which makes the reference slightly cheaper, never dearer.
import type { Style, TDocumentDefinitions } from 'pdfmake/interfaces';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A pdfmake style (named or inline) as CSS declarations. */
function css(style: Style): string {
  const rules: string[] = [];
  if (style.fontSize !== undefined) rules.push(`font-size:${style.fontSize}pt`);
  if (style.bold === true) rules.push('font-weight:500');
  if (style.italics === true) rules.push('font-style:italic');
  if (typeof style.color === 'string') rules.push(`color:${style.color}`);
  if (style.lineHeight !== undefined) rules.push(`line-height:${style.lineHeight}`);
  if (style.alignment !== undefined) rules.push(`text-align:${style.alignment}`);
  if (style.characterSpacing !== undefined)
    rules.push(`letter-spacing:${style.characterSpacing}pt`);
  const margin = style.margin;
  if (Array.isArray(margin) && margin.length === 4) {
    const [left, top, right, bottom] = margin as number[];
    rules.push(`margin:${top}pt ${right}pt ${bottom}pt ${left}pt`);
  }
  return rules.join(';');
}

function attributes(node: Record<string, unknown>): string {
  const names = node.style === undefined ? [] : [node.style].flat().map(String);
  const inline = css(node);
  const breakBefore = node.pageBreak === 'before' ? 'break-before:page;' : '';
  return `${names.length > 0 ? ` class="${names.join(' ')}"` : ''}${
    inline !== '' || breakBefore !== '' ? ` style="${breakBefore}${inline}"` : ''
  }`;
}

/** One content node as HTML; `inline` inside a paragraph's text runs. */
function html(node: unknown, inline = false): string {
  if (node === null || node === undefined) return '';
  if (typeof node === 'string' || typeof node === 'number') {
    const text = escape(String(node));
    return inline ? text : `<p>${text}</p>`;
  }
  if (Array.isArray(node)) return node.map((child) => html(child, inline)).join('');
  if (typeof node !== 'object') return '';
  const record = node as Record<string, unknown>;
  const tag = inline ? 'span' : 'div';
  if ('text' in record) {
    const runs = html(record.text, true);
    return inline
      ? `<span${attributes(record)}>${runs}</span>`
      : `<p${attributes(record)}>${runs}</p>`;
  }
  if ('stack' in record) return `<${tag}${attributes(record)}>${html(record.stack)}</${tag}>`;
  if ('columns' in record) {
    const columns = (record.columns as unknown[]).map((column) => `<div>${html(column)}</div>`);
    return `<div class="columns"${attributes(record)}>${columns.join('')}</div>`;
  }
  if ('ul' in record || 'ol' in record) {
    const list = 'ul' in record ? 'ul' : 'ol';
    const items = (record[list] as unknown[]).map((item) => `<li>${html(item)}</li>`);
    return `<${list}${attributes(record)}>${items.join('')}</${list}>`;
  }
  if ('table' in record) {
    const body = (record.table as { body: unknown[][] }).body;
    const rows = body.map(
      (row) => `<tr>${row.map((cell) => `<td>${html(cell)}</td>`).join('')}</tr>`,
    );
    return `<table${attributes(record)}>${rows.join('')}</table>`;
  }
  return '';
}

/** The running header or footer as a Chromium template, with Chromium's own page numbers. */
function frameTemplate(frame: TDocumentDefinitions['header']): string {
  if (typeof frame !== 'function') return '<span></span>';
  const drawn = frame(2, 2, { width: 612, height: 792, orientation: 'portrait' });
  return `<div style="font:8pt Roboto;width:100%;margin:0 64pt">${html(drawn, true)} · <span class="pageNumber"></span></div>`;
}

/** The page, its CSS and the header and footer templates for page.pdf(). */
export function agreementHtml(
  definition: TDocumentDefinitions,
  fontUrls: { normal: string; bold: string },
): { page: string; header: string; footer: string } {
  const styles = Object.entries(definition.styles ?? {})
    .map(([name, style]) => `.${name}{${css(style)}}`)
    .join('\n');
  const base = definition.defaultStyle === undefined ? '' : css(definition.defaultStyle);
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face{font-family:Roboto;font-weight:400;src:url(${fontUrls.normal})}
@font-face{font-family:Roboto;font-weight:500;src:url(${fontUrls.bold})}
body{font-family:Roboto;margin:0;${base}}
p{margin:0}
.columns{display:flex;gap:12pt}
.columns>div{flex:1}
table{border-collapse:collapse;width:100%}
td{vertical-align:top;padding:3pt 8pt 3pt 0;border-top:0.4pt solid #c5ccd6}
${styles}
</style></head><body>${html(definition.content)}</body></html>`;
  return {
    page,
    header: frameTemplate(definition.header),
    footer: frameTemplate(definition.footer),
  };
}
