import { expect, type Page } from "@playwright/test";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The elements of the given test ids lie apart, each inside the viewport, and the page never scrolls sideways. */
export async function expectApart(page: Page, width: number, height: number, ids: readonly string[]) {
  const boxes = await Promise.all(ids.map(async (id) => [id, await page.getByTestId(id).first().boundingBox()] as const));
  for (const [id, box] of boxes) {
    expect(box, id).toBeTruthy();
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(width + 1);
    expect(box!.y + box!.height, id).toBeLessThanOrEqual(height + 1);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]![1]!, boxes[j]![1]!), `${boxes[i]![0]} and ${boxes[j]![0]}`).toBe(false);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
