import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/domain/approval-rules/canonical-json';

describe('canonicalJson', () => {
  it('writes the documented example exactly, and sha256sum agrees on its hash', () => {
    const text = canonicalJson({
      seats: 5,
      ratio: -0,
      name: 'Rosa Marti\u0301nez',
      note: 'Moved\nand seconded',
      votes: ['aye', 'nay'],
      Office: 'president',
      skipped: undefined,
    });
    expect(text).toBe(
      '{"Office":"president","name":"Rosa Martínez","note":"Moved\\nand seconded","ratio":0,"seats":5,"votes":["aye","nay"]}',
    );
    // printf '%s' '<the text above>' | sha256sum
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(
      'f9754bfc012167daade47b75e85d1335500342cd02e98710783ae0f0c5524a7c',
    );
  });

  it('sorts keys by UTF-16 code units at every depth, whatever order they were built in', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(canonicalJson({ a: { c: 2, d: 1 }, b: 1 })).toBe('{"a":{"c":2,"d":1},"b":1}');
    // Upper case before lower case, digits before both, hyphen before digits.
    expect(canonicalJson({ b: 0, B: 0, '1': 0, '-': 0, é: 0 })).toBe(
      '{"-":0,"1":0,"B":0,"b":0,"é":0}',
    );
    // U+FF21 sorts after U+1F600 in UTF-16 (0xFF21 > 0xD83D), unlike by code point.
    expect(canonicalJson({ '\uFF21': 1, '\u{1F600}': 2 })).toBe('{"😀":2,"Ａ":1}');
  });

  it('keeps arrays in their order', () => {
    expect(canonicalJson([3, 1, 2, ['b', 'a']])).toBe('[3,1,2,["b","a"]]');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('normalises strings and keys to NFC, so the same accent typed two ways is the same', () => {
    const composed = 'Mart\u00EDnez';
    const decomposed = 'Marti\u0301nez';
    expect(canonicalJson(decomposed)).toBe(canonicalJson(composed));
    expect(canonicalJson({ [decomposed]: 1 })).toBe(`{"${composed}":1}`);
    expect(canonicalJson('Martinez')).not.toBe(canonicalJson(composed));
  });

  it('refuses two keys that are the same after normalising', () => {
    expect(() => canonicalJson({ 'Mart\u00EDnez': 1, 'Marti\u0301nez': 2 })).toThrow(/two keys/);
  });

  it('writes numbers as JSON.stringify does, and -0 as 0', () => {
    expect(canonicalJson([-0, 0, 1, -1, 3.5, 0.1, 1e21, 1e-7, 123456789, -2.5e-10])).toBe(
      '[0,0,1,-1,3.5,0.1,1e+21,1e-7,123456789,-2.5e-10]',
    );
  });

  it('escapes only what JSON requires, and writes the rest as is', () => {
    expect(canonicalJson('a"b\\c\n\t\u0001 ü ✓ 😀')).toBe('"a\\"b\\\\c\\n\\t\\u0001 ü ✓ 😀"');
    expect(canonicalJson('\uD800')).toBe('"\\ud800"');
  });

  it('writes null, booleans, and drops undefined object members', () => {
    expect(canonicalJson({ a: null, b: true, c: false, d: undefined })).toBe(
      '{"a":null,"b":true,"c":false}',
    );
  });

  it('accepts an object with no prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { z: 1, a: 2 });
    expect(canonicalJson(bare)).toBe('{"a":2,"z":1}');
  });

  it.each([
    ['NaN', NaN, /NaN/],
    ['Infinity', Infinity, /Infinity/],
    ['-Infinity', { x: -Infinity }, /\$\.x is -Infinity/],
    ['undefined', undefined, /undefined/],
    ['undefined in an array', [1, undefined], /\$\[1\]/],
    ['a hole in an array', [1, , 3], /\$\[1\]/], // eslint-disable-line no-sparse-arrays
    ['a bigint', 1n, /bigint/],
    ['a function', () => 1, /function/],
    ['a symbol', Symbol('s'), /symbol/],
    ['a Date', new Date(0), /not a plain object/],
    ['a Map', new Map([['a', 1]]), /not a plain object/],
    ['a class instance', new (class Point {})(), /not a plain object/],
    ['a typed array', new Uint8Array(2), /not a plain object/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a cycle, but not the same object reached twice', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/\$\.self refers back to itself/);
    const shared = { n: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"n":1},"b":[{"n":1}]}');
  });
});
