import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Stack {
  styleOverrides: unknown[];
  push(item: unknown): void;
  getProperty(property: string): unknown;
}
interface StackClass {
  new (styles: Record<string, object>, defaultStyle?: object): Stack;
  prototype: Stack;
  getStyleProperty(item: object | string, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
}

/** pdfmake's class, its lookups captured before the fast ones replace them. */
const Stack = (createRequire(import.meta.url)('pdfmake/js/StyleContextStack.js') as { default: StackClass }).default;
const pdfmake = { getProperty: Stack.prototype.getProperty, getStyleProperty: Stack.getStyleProperty };

const styles = { heading: { bold: true, fontSize: 14 }, note: { italics: true, fontSize: null } };

/** Stacks as pdfmake builds them for a report: a page, a table, a cell; and with named styles among them. */
function stacks(): Stack[] {
  const plain = new Stack(styles, { font: 'Report', fontSize: 13 });
  for (const item of [{ fontSize: 12, lineHeight: 1.15 }, { alignment: 'center', bold: false }, { color: null, fontSize: undefined }]) plain.push(item);
  const named = new Stack(styles, { font: 'Report' });
  for (const item of [{ fontSize: 12 }, 'heading', { alignment: 'right' }]) named.push(item);
  const nameOnTop = new Stack(styles);
  for (const item of [{ italics: false }, new String('note')]) nameOnTop.push(item);
  return [plain, named, nameOnTop, new Stack(styles)];
}

const items: Array<object | string> = [{}, { fontSize: 11 }, { bold: null }, { style: 'heading' }, { style: ['note', 'heading'], color: 'red' }, { section: true }, 'heading', { text: 'Tổng cộng', alignment: 'left' }];
const properties = ['fontSize', 'bold', 'italics', 'alignment', 'color', 'lineHeight', 'font', 'noWrap', '__proto__', 'constructor'];

/** Every item looked up in every stack for every property, by whichever lookups are in place. */
function lookups(): unknown[] {
  return stacks().flatMap((stack) =>
    properties.flatMap((property) => [stack.getProperty(property), ...items.map((item) => Stack.getStyleProperty(item, stack, property, 'default')), Stack.getStyleProperty({}, undefined, property, 'none')]),
  );
}

describe("pdfmake's style lookups without closures", () => {
  it("answer every lookup as pdfmake's own do: own values, inherited ones, named styles, sections, defaults", async () => {
    const before = lookups();
    const { lookUpStylesFast } = await import('../../src-main/core/report/pdf-style-lookup');
    expect(lookUpStylesFast()).toBe(true);
    expect(Stack.prototype.getProperty).not.toBe(pdfmake.getProperty);
    expect(Stack.getStyleProperty).not.toBe(pdfmake.getStyleProperty);
    expect(lookups()).toEqual(before);
    // The lookups the report makes most: a word's size from its cell, its table and its page.
    const [plain] = stacks();
    expect(Stack.getStyleProperty({ text: 'Trường' }, plain, 'fontSize', 12)).toBe(12);
    expect(Stack.getStyleProperty({ text: 'Trường' }, plain, 'alignment', 'left')).toBe('center');
    expect(Stack.getStyleProperty({ text: 'Trường' }, plain, 'font', 'Roboto')).toBe('Report');
  });
});
