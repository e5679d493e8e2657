import { extractFigures } from '../extract';
import type { Extraction } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceDocument } from '../model/source';
import type { Template } from '../model/template';
import { formFigures } from './form-figures';
import { BrokenMarker, readFormMarker } from './form-marker';

export interface TableReading {
  extraction: Extraction | null;
  findings: Finding[];
  /** Cells a reader noted as formulas without a result, whose value was computed here instead. */
  recomputed: Set<string>;
}

/** The unit a fillable form was made for, when the document is one. */
export function formUnitOf(doc: SourceDocument | null | undefined): { code: string; name: string } | undefined {
  const marker = doc ? readFormMarker(doc) : null;
  return marker && !(marker instanceof BrokenMarker) && marker.unitCode ? { code: marker.unitCode, name: marker.unitName } : undefined;
}

function byMeaning(doc: SourceDocument, template: Template, note?: Finding): TableReading {
  const read = extractFigures(doc, template);
  return { ...read, findings: note ? [note, ...read.findings] : read.findings, recomputed: new Set() };
}

/**
 * The numbers of a document: a form the app made for this round's template is read from
 * the cells its marker names; any other document (or a form of another template or
 * version, said so) by matching its table's rows by meaning.
 */
export function readTableOf(doc: SourceDocument, template: Template): TableReading {
  const marker = readFormMarker(doc);
  if (!marker) return byMeaning(doc, template);
  if (marker instanceof BrokenMarker) {
    return byMeaning(doc, template, { severity: 'warning', rule: 'form-marker-broken', where: null,
      message: `Tệp "${doc.fileName}" có dấu nhận biết biểu mẫu nhưng không dùng được (${marker.reason}): số liệu được đọc theo nội dung các dòng.` });
  }
  const own = `mẫu "${template.name}" (mã ${template.id}, phiên bản ${template.version})`;
  if (marker.templateId === template.id && marker.templateVersion === template.version) return formFigures(doc, marker, template);
  if (marker.templateId === template.id) {
    return byMeaning(doc, template, { severity: 'warning', rule: 'form-other-version', where: null,
      message: `Tệp "${doc.fileName}" là biểu mẫu phiên bản ${marker.templateVersion}, còn đợt này dùng ${own}: số liệu được đọc theo nội dung các dòng, cần xem lại các dòng đã thay đổi.` });
  }
  return byMeaning(doc, template, { severity: 'error', rule: 'form-other-template', where: null,
    message: `Tệp "${doc.fileName}" là biểu mẫu của mẫu báo cáo mã "${marker.templateId}" (phiên bản ${marker.templateVersion}), không phải ${own} của đợt này: hãy kiểm tra đơn vị đã gửi đúng báo cáo chưa.` });
}
