/**
 * What a run inherits from styles.xml: its font (to know TCVN3/VNI text), bold and caps (to
 * recognise all-caps bold headings), and whether a paragraph style is a heading. Word
 * resolves a run property from the run, then its character style, then the paragraph style
 * (each along its basedOn chain), then the document defaults.
 */
import { child, elements, isOn, path, val, type XmlElement } from './docx-xml';

/** A font name, null for a theme font (never a legacy font), undefined when not set. */
export type FontSetting = string | null | undefined;

interface StyleDef {
  basedOn?: string;
  name: string;
  rPr?: XmlElement;
  pPr?: XmlElement;
}

export interface RunLook {
  font: FontSetting;
  bold: boolean;
  caps: boolean;
  hidden: boolean;
}

/** Guards against a basedOn cycle in a damaged or hostile styles part. */
const MAX_CHAIN = 20;

export class DocxStyles {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultRunProps?: XmlElement;
  private readonly defaultParagraphStyle?: string;

  constructor(root?: XmlElement) {
    if (!root) return;
    this.defaultRunProps = path(root, 'docDefaults', 'rPrDefault', 'rPr');
    for (const style of elements(root).filter((e) => e.tag === 'style')) {
      const id = style.attrs.styleId;
      if (!id) continue;
      this.styles.set(id, {
        basedOn: val(child(style, 'basedOn')),
        name: val(child(style, 'name')) ?? id,
        rPr: child(style, 'rPr'),
        pPr: child(style, 'pPr'),
      });
      if (style.attrs.type === 'paragraph' && /^(1|true|on)$/i.test(style.attrs.default ?? '')) {
        this.defaultParagraphStyle = id;
      }
    }
  }

  /** The paragraph style actually in force (the default one when the paragraph names none). */
  paragraphStyle(styleId: string | undefined): string | undefined {
    return styleId && this.styles.has(styleId) ? styleId : this.defaultParagraphStyle;
  }

  /** Heading N styles (by their built-in name, which stays English in every UI language) or an outline level. */
  isHeading(styleId: string | undefined): boolean {
    for (const style of this.chain(styleId)) {
      if (/^heading\s*[1-9]$/i.test(style.name)) return true;
      const level = val(path(style.pPr, 'outlineLvl'));
      if (level !== undefined) return Number(level) < 9;
    }
    return false;
  }

  /** Numbering a paragraph style carries (headings are often numbered by their style). */
  numbering(styleId: string | undefined): { numId?: string; ilvl?: string } {
    for (const style of this.chain(styleId)) {
      const numPr = path(style.pPr, 'numPr');
      if (numPr) return { numId: val(child(numPr, 'numId')), ilvl: val(child(numPr, 'ilvl')) };
    }
    return {};
  }

  /** Resolves a run's look from its own properties, its character style, the paragraph style and the defaults. */
  runLook(runProps: XmlElement | undefined, paragraphStyleId: string | undefined): RunLook {
    const levels: Array<XmlElement | undefined> = [
      runProps,
      ...this.chain(val(child(runProps, 'rStyle'))).map((s) => s.rPr),
      ...this.chain(paragraphStyleId).map((s) => s.rPr),
      this.defaultRunProps,
    ];
    const first = <T>(pick: (rPr: XmlElement) => T | undefined): T | undefined => {
      for (const rPr of levels) {
        const v = rPr ? pick(rPr) : undefined;
        if (v !== undefined) return v;
      }
      return undefined;
    };
    return {
      font: first<string | null>(fontOf),
      bold: first((rPr) => isOn(child(rPr, 'b'))) ?? false,
      caps: first((rPr) => isOn(child(rPr, 'caps'))) ?? false,
      hidden: first((rPr) => isOn(child(rPr, 'vanish'))) ?? false,
    };
  }

  private chain(styleId: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    let id = styleId;
    while (id && out.length < MAX_CHAIN) {
      const style = this.styles.get(id);
      if (!style || out.includes(style)) break;
      out.push(style);
      id = style.basedOn;
    }
    return out;
  }
}

/**
 * The font Word uses for characters 0x80–0xFF (where TCVN3/VNI put their letters) is the
 * "high ANSI" one; a theme font at the same level wins over a named one.
 */
function fontOf(rPr: XmlElement): string | null | undefined {
  const fonts = child(rPr, 'rFonts');
  if (!fonts) return undefined;
  if (fonts.attrs.hAnsiTheme || fonts.attrs.asciiTheme) return null;
  return fonts.attrs.hAnsi ?? fonts.attrs.ascii;
}
