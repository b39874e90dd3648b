import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComplaintFileSlot } from '../../../src/main/customers/complaint-file-slot';
import { readComplaintCsv } from '../../../src/shared/domain/customers/csv/read-complaint-csv';
import { smallComplaintLog } from '../../support/customer-sample';

const table = readComplaintCsv(smallComplaintLog);
const fileLetGoMessage =
  'This complaint file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.';
const letGo = { code: 'conflict', message: fileLetGoMessage, fields: { fileId: fileLetGoMessage } };

afterEach(() => {
  vi.useRealTimers();
});

describe('the open complaint file', () => {
  it('is let go after 15 minutes unused, and each use starts the 15 minutes again', () => {
    vi.useFakeTimers();
    const slot = new ComplaintFileSlot();
    const id = slot.open('log.csv', table);
    vi.advanceTimersByTime(14 * 60 * 1000);
    expect(slot.get(id)).toEqual({ fileName: 'log.csv', table });
    vi.advanceTimersByTime(14 * 60 * 1000);
    expect(slot.get(id).fileName).toBe('log.csv');
    vi.advanceTimersByTime(15 * 60 * 1000);
    expect(() => slot.get(id)).toThrow(expect.objectContaining(letGo) as Error);
  });

  it('is let go once closed, and closing another id leaves it open', () => {
    const slot = new ComplaintFileSlot();
    const id = slot.open('log.csv', table);
    slot.close('0b9c3a52-4f1e-4d8a-9c7b-2e6f1a3d5b80');
    expect(slot.get(id).fileName).toBe('log.csv');
    slot.close(id);
    expect(() => slot.get(id)).toThrow(fileLetGoMessage);
  });
});
