import { describe, expect, it } from 'vitest';
import {
  fieldName,
  mergeDrafts,
  withValueAt,
  type MergeSides,
} from '../../src/renderer/src/form-kit/merge-drafts';

interface Member {
  id: string;
  name: string;
}

interface Form {
  name: string;
  connections: number | string | null;
  board: Member[];
  areas: string[];
}

const saved: Form = {
  name: 'Cedar Flats',
  connections: 212,
  board: [
    { id: 'b1', name: 'Maria' },
    { id: 'b2', name: 'Joe' },
  ],
  areas: ['regulatory'],
};

/** `mine` as typed; read the way a save reads it (number text parsed, as numberFromDraft does). */
function sides(mine: Form, theirs: Form): MergeSides {
  const read = (form: Form) => ({
    ...form,
    connections:
      typeof form.connections === 'string'
        ? Number(form.connections.replace(/,/g, ''))
        : form.connections,
  });
  return { saved, theirs, theirsDraft: theirs, mine, mineRead: read(mine) };
}

const change = (patch: Partial<Form>): Form => ({ ...structuredClone(saved), ...patch });

describe('merging another window’s save into a form', () => {
  it('takes their value where nothing was typed here, and keeps what was typed here', () => {
    const merged = mergeDrafts(
      sides(change({ name: 'Pine Flats' }), change({ connections: 230, areas: ['social'] })),
    );
    expect(merged).toEqual({
      draft: change({ name: 'Pine Flats', connections: 230, areas: ['social'] }),
      conflicts: [],
    });
  });

  it('keeps the typed text and reports a conflict where both windows changed one field', () => {
    const merged = mergeDrafts(
      sides(change({ name: 'Pine Flats' }), change({ name: 'Oak Flats' })),
    );
    expect(merged.draft).toEqual(change({ name: 'Pine Flats' }));
    expect(merged.conflicts).toEqual([{ path: ['name'], theirs: 'Oak Flats' }]);
  });

  it('sees no change here in text that only differs as typed: spaces at the ends, "1,200" for 1200', () => {
    const mine = change({ name: ' Cedar Flats ', connections: '212' });
    const theirs = change({ name: 'Cedar Flats MDWCA', connections: 1200 });
    expect(mergeDrafts(sides(mine, theirs))).toEqual({ draft: theirs, conflicts: [] });
  });

  it('is no conflict when both windows typed the same thing', () => {
    const merged = mergeDrafts(
      sides(change({ connections: '1,200' }), change({ connections: 1200 })),
    );
    expect(merged).toEqual({ draft: change({ connections: '1,200' }), conflicts: [] });
  });

  it('keeps a row added here, a row added there, and their edit to another row', () => {
    const mine = change({ board: [...saved.board, { id: 'b3', name: 'Ana' }] });
    const theirs = change({
      board: [
        { id: 'b1', name: 'Maria Peña' },
        { id: 'b2', name: 'Joe' },
        { id: 'b4', name: 'Ray' },
      ],
    });
    expect(mergeDrafts(sides(mine, theirs))).toEqual({
      draft: change({
        board: [
          { id: 'b1', name: 'Maria Peña' },
          { id: 'b2', name: 'Joe' },
          { id: 'b4', name: 'Ray' },
          { id: 'b3', name: 'Ana' },
        ],
      }),
      conflicts: [],
    });
  });

  it('names a row by its id when both changed the same cell', () => {
    const mine = change({
      board: [
        { id: 'b1', name: 'Maria' },
        { id: 'b2', name: 'Joseph' },
      ],
    });
    const theirs = change({
      board: [
        { id: 'b2', name: 'Jo' },
        { id: 'b1', name: 'Maria' },
      ],
    });
    const merged = mergeDrafts(sides(mine, theirs));
    // Their order (they moved Joe up), with the typed name kept.
    expect(merged.draft).toEqual(
      change({
        board: [
          { id: 'b2', name: 'Joseph' },
          { id: 'b1', name: 'Maria' },
        ],
      }),
    );
    expect(merged.conflicts).toEqual([{ path: ['board', { id: 'b2' }, 'name'], theirs: 'Jo' }]);
    expect(fieldName(merged.draft, ['board', { id: 'b2' }, 'name'])).toBe('board.0.name');
  });

  it('keeps the whole typed list, as a conflict, when they deleted a row changed here', () => {
    const mine = change({
      board: [
        { id: 'b1', name: 'Maria' },
        { id: 'b2', name: 'Joseph' },
      ],
    });
    const theirs = change({ board: [{ id: 'b1', name: 'Maria' }] });
    const merged = mergeDrafts(sides(mine, theirs));
    expect(merged.draft).toEqual(mine);
    expect(merged.conflicts).toEqual([{ path: ['board'], theirs: theirs.board }]);
  });

  it('drops a row deleted there that was left alone here', () => {
    const mine = change({ name: 'Pine Flats' });
    const theirs = change({ board: [{ id: 'b2', name: 'Joe' }] });
    expect(mergeDrafts(sides(mine, theirs)).draft).toEqual(
      change({ name: 'Pine Flats', board: [{ id: 'b2', name: 'Joe' }] }),
    );
  });

  it('replaces one field by path, finding a row by its id', () => {
    const form = change({});
    expect(withValueAt(form, ['board', { id: 'b2' }, 'name'], 'Jo')).toEqual(
      change({
        board: [
          { id: 'b1', name: 'Maria' },
          { id: 'b2', name: 'Jo' },
        ],
      }),
    );
    expect(fieldName(form, ['board', { id: 'gone' }, 'name'])).toBeNull();
  });
});
