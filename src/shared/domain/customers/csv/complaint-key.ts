import type { ComplaintRow } from '../complaint-log';

/** The stored values that make a complaint itself; not its row number, topic or import. */
export type ComplaintKeyFields = Pick<
  ComplaintRow,
  'received' | 'responded' | 'resolved' | 'category' | 'description' | 'location'
>;

// U+001F cannot occur in the cleaned values (control characters are stripped), so separating
// the values with it never makes two different rows hash the same text.
const separator = 0x1f;

const hexDigits = '0123456789abcdef';

/**
 * Both lanes as 16 hex digits, made in one piece: a string joined from parts is hashed slowly
 * as a Map key, and Number#toString(16) is slow enough to show on 50,000 rows.
 */
function hex16(high: number, low: number): string {
  const codes: number[] = [];
  for (const lane of [high, low]) {
    for (let shift = 28; shift >= 0; shift -= 4)
      codes.push(hexDigits.charCodeAt((lane >>> shift) & 15));
  }
  return String.fromCharCode(...codes);
}

/**
 * A complaint's identity across imports: 16 lowercase hex digits, cyrb53's two 32-bit lanes
 * both kept (64 bits: 200,000 rows collide about once in 10⁹ logs), over its values and
 * `occurrence` (how many identical rows came before it in the same file), so two genuine
 * identical complaints both survive and importing the file again adds nothing.
 */
export function complaintKey(fields: ComplaintKeyFields, occurrence: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Hashed value by value rather than joined first: a 50,000-row import makes no key strings.
  const parts = [
    fields.received,
    fields.responded,
    fields.resolved,
    fields.category,
    fields.description,
    fields.location,
    String(occurrence),
  ];
  for (let part = 0; part < parts.length; part++) {
    const text = parts[part] ?? '';
    if (part > 0) {
      h1 = Math.imul(h1 ^ separator, 2654435761);
      h2 = Math.imul(h2 ^ separator, 1597334677);
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex16(h2, h1);
}
