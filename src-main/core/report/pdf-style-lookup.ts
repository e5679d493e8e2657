/**
 * pdfmake looks up some twenty-five style properties for every word it lays out, each time
 * walking the stack of enclosing nodes through two closures made for the lookup: about 70,000
 * lookups for the report, a sixth of its rendering. The same walk is done here without the
 * closures, for the stacks the report has (nodes carrying their own values, no named styles);
 * a stack or a node with a named style is looked up by pdfmake's own code, as before.
 */
import { createRequire } from 'node:module';

type Override = string | { [property: string]: unknown };

/** pdfmake's StyleContextStack, as far as the lookup goes. */
interface StyleStack {
  styleOverrides: Override[];
  defaultStyle?: { [property: string]: unknown };
  getProperty(property: string): unknown;
}

interface StyleStackClass {
  prototype: StyleStack & { [FAST]?: true };
  getStyleProperty(item: Override, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}

const FAST = Symbol.for('tonghop.pdf-style-lookup');

const isValue = (v: unknown) => v !== undefined && v !== null;
/** A named style, as pdfmake tells one (a String object too). */
const isName = (v: unknown): v is string => typeof v === 'string' || v instanceof String;

function fastLookups(Stack: StyleStackClass): void {
  const proto = Stack.prototype;
  const namedGetProperty = proto.getProperty;
  const namedGetStyleProperty = Stack.getStyleProperty;
  proto.getProperty = function (this: StyleStack, property) {
    const overrides = this.styleOverrides;
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i];
      if (isName(item)) return namedGetProperty.call(this, property);
      const value = item[property];
      if (isValue(value)) return value;
    }
    return this.defaultStyle && this.defaultStyle[property];
  };
  Stack.getStyleProperty = function (item, stack, property, defaultValue) {
    // What pdfmake's own lookup does differently: a string, a section, named styles pushed first.
    if (isName(item) || item.section !== undefined || item.style) return namedGetStyleProperty.call(this, item, stack, property, defaultValue);
    const own = item[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    // pdfmake pushes the item before walking the stack; it has no value of its own, so the walk starts below it.
    const value = stack.getProperty(property);
    return isValue(value) ? value : defaultValue;
  };
  proto[FAST] = true;
}

/**
 * Makes pdfmake's style lookups in this thread go without closures; once is enough, again
 * does nothing. False when this pdfmake has no such class (lookups then go as before).
 */
export function lookUpStylesFast(): boolean {
  const require = createRequire(import.meta.url);
  const { default: Stack } = require('pdfmake/js/StyleContextStack.js') as { default?: StyleStackClass };
  if (typeof Stack?.getStyleProperty !== 'function' || typeof Stack.prototype.getProperty !== 'function') return false;
  if (!Stack.prototype[FAST]) fastLookups(Stack);
  return true;
}
