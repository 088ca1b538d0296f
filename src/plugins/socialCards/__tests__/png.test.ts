import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { encodeOpaquePng, pngSize } from '../png';

/** The RGB rows a PNG's single IDAT chunk holds, with the Sub filter undone. */
function decodeRows(png: Buffer, width: number, height: number): number[][] {
  const idat = png.indexOf('IDAT', 8, 'latin1');
  const length = png.readUInt32BE(idat - 4);
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const rows: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 3 + 1);
    expect(raw[start]).toBe(1);
    const row: number[] = [];
    for (let x = 0; x < width * 3; x += 1)
      row.push(((raw[start + 1 + x] ?? 0) + (x >= 3 ? (row[x - 3] ?? 0) : 0)) & 0xff);
    rows.push(row);
  }
  return rows;
}

describe('encodeOpaquePng', () => {
  it('writes a PNG whose header gives the size and whose pixels decode to the input without alpha', () => {
    const rgba = new Uint8Array([
      255, 0, 0, 255, 10, 200, 30, 255, 0, 0, 255, 255, 1, 2, 3, 255, 250, 251, 252, 255, 9, 8, 7, 255,
    ]);
    const png = encodeOpaquePng(3, 2, rgba);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(decodeRows(png, 3, 2)).toEqual([
      [255, 0, 0, 10, 200, 30, 0, 0, 255],
      [1, 2, 3, 250, 251, 252, 9, 8, 7],
    ]);
    expect(png.subarray(-12).toString('latin1', 4, 8)).toBe('IEND');
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodeOpaquePng(2, 2, new Uint8Array(12))).toThrow(
      '12 bytes of pixels for 2×2 (expected 16)',
    );
  });
});

describe('pngSize', () => {
  it('is null for what is not a PNG', () => {
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(pngSize(new Uint8Array(4))).toBeNull();
  });
});
