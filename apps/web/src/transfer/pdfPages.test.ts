import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, capturePixelRatio, pdfPages } from './pdfPages';

const AREA_WIDTH = 277;
const AREA_HEIGHT = 190;

describe('pdfPages', () => {
  it('puts a wide image on one page, full width', () => {
    const pages = pdfPages(2770, 1000);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ top: 0, rows: 1000, x: 10, y: 10 });
    expect(pages[0]?.width).toBeCloseTo(AREA_WIDTH);
    expect(pages[0]?.height).toBeCloseTo(100);
  });

  it('shrinks a slightly tall image onto one page, centred', () => {
    const pages = pdfPages(2770, 2500);
    expect(pages).toHaveLength(1);
    const page = pages[0];
    expect(page?.height).toBeCloseTo(AREA_HEIGHT);
    expect(page?.width).toBeCloseTo((2770 * AREA_HEIGHT) / 2500);
    expect((page?.x ?? 0) * 2 + (page?.width ?? 0)).toBeCloseTo(A4_LANDSCAPE.width);
  });

  it('runs a tall image over pages at full width, every row on exactly one page', () => {
    const pages = pdfPages(1000, 5000);
    expect(pages.length).toBeGreaterThan(1);
    let next = 0;
    for (const page of pages) {
      expect(page.top).toBe(next);
      expect(page.width).toBeCloseTo(AREA_WIDTH);
      expect(page.height).toBeLessThanOrEqual(AREA_HEIGHT + 1e-9);
      next += page.rows;
    }
    expect(next).toBe(5000);
  });

  it('shrinks a very tall image to the page limit', () => {
    const pages = pdfPages(1000, 1_000_000, A4_LANDSCAPE, 30);
    expect(pages).toHaveLength(30);
    expect(pages.reduce((sum, page) => sum + page.rows, 0)).toBe(1_000_000);
    expect(pages[0]?.width).toBeLessThan(AREA_WIDTH);
  });

  it('copes with an empty image', () => {
    expect(pdfPages(0, 0)).toHaveLength(1);
  });
});

describe('capturePixelRatio', () => {
  it('captures ordinary views at twice their size', () => {
    expect(capturePixelRatio(1400, 900)).toBe(2);
  });

  it('stays within what a canvas can hold', () => {
    const wide = capturePixelRatio(12_000, 800);
    expect(12_000 * wide).toBeLessThanOrEqual(16_384);
    const large = capturePixelRatio(6000, 6000);
    expect(6000 * 6000 * large * large).toBeLessThanOrEqual(40_000_000 + 1);
  });
});
