import { describe, expect, it } from 'vitest';
import {
  complaintKey,
  type ComplaintKeyFields,
} from '../../../../src/shared/domain/customers/csv/complaint-key';

const fields: ComplaintKeyFields = {
  received: '2026-03-02T08:15',
  responded: '2026-03-02T10:30',
  resolved: '',
  category: 'Low pressure',
  description: 'Pressure drops every evening',
  location: '12 Oak St',
};

describe('complaintKey', () => {
  it('is 16 lowercase hex digits, the same every time for the same row', () => {
    const key = complaintKey(fields, 0);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(complaintKey({ ...fields }, 0)).toBe(key);
  });

  it('tells apart identical rows by how many came before', () => {
    const keys = new Set([0, 1, 2].map((occurrence) => complaintKey(fields, occurrence)));
    expect(keys.size).toBe(3);
  });

  it('changes when any value changes', () => {
    const key = complaintKey(fields, 0);
    for (const name of Object.keys(fields) as (keyof ComplaintKeyFields)[]) {
      expect(complaintKey({ ...fields, [name]: `${fields[name]}x` }, 0), name).not.toBe(key);
    }
  });

  it('does not confuse a value moved from one column to the next', () => {
    const a = complaintKey({ ...fields, category: 'Leak', description: '' }, 0);
    const b = complaintKey({ ...fields, category: '', description: 'Leak' }, 0);
    expect(a).not.toBe(b);
  });

  it('gives 50,000 different rows 50,000 different keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 50_000; i++)
      keys.add(complaintKey({ ...fields, location: `${i} Oak St` }, 0));
    expect(keys.size).toBe(50_000);
  });
});
