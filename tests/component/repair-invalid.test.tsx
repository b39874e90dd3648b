import { describe, expect, it } from 'vitest';
import { repairInvalid } from '../../src/renderer/src/form-kit/repair-invalid';

describe('repairInvalid', () => {
  const saved = { name: 'Old', rows: [{ id: 'a', name: 'Ann' }] };

  it('puts back the saved value of an invalid field and keeps the other edits', () => {
    const draft = { name: 'New', rows: [{ id: 'a', name: 'x'.repeat(500) }] };
    expect(repairInvalid(draft, saved, [['rows', 0, 'name']])).toEqual({
      name: 'New',
      rows: [{ id: 'a', name: 'Ann' }],
    });
  });

  it('matches rows by id after a row was added in front', () => {
    const draft = {
      name: 'Old',
      rows: [
        { id: 'b', name: 'Bob' },
        { id: 'a', name: '' },
      ],
    };
    expect(repairInvalid(draft, saved, [['rows', 1, 'name']])).toEqual({
      name: 'Old',
      rows: [
        { id: 'b', name: 'Bob' },
        { id: 'a', name: 'Ann' },
      ],
    });
  });

  it('leaves out an invalid row that was never saved', () => {
    const draft = {
      name: 'Old',
      rows: [
        { id: 'a', name: 'Ann' },
        { id: 'c', name: '!' },
      ],
    };
    expect(repairInvalid(draft, saved, [['rows', 1, 'name']])).toEqual(saved);
  });
});
