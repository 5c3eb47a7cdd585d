import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('scales by 1000 and keeps one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(10e9)).toBe('10 GB');
    expect(formatBytes(5e15)).toBe('5,000 TB');
  });
  it('says unknown for what is not a size', () => {
    for (const v of [null, Number.NaN, -1, Number.POSITIVE_INFINITY]) expect(formatBytes(v)).toBe('unknown');
  });
});
