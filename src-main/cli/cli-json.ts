import type { ConsolidationJobResult } from '../core/job/consolidation-job';
import type { CompiledList } from '../core/model/consolidation';

/** The JSON document of architecture.md: stable, since checks outside the project read it. */
export function toCliJson(job: ConsolidationJobResult): unknown {
  const { result, outputs } = job;
  return {
    round: job.roundId,
    level: result.level ?? 'school',
    year: result.campaign.year,
    units: result.units.map((u) => ({
      code: u.code,
      name: u.name,
      status: u.status,
      late: u.late,
      files: u.files,
      superseded: u.superseded,
      ...(u.receivedAt ? { receivedAt: u.receivedAt } : {}),
      ...(u.sender ? { sender: u.sender } : {}),
      figures: u.figures,
      // A district's schools as its own workbook lists them (their numbers and cells are in the workbook's "Chi tiết theo trường").
      ...(u.schools ? { schools: u.schools.map((s) => ({ code: s.code, name: s.name, status: s.status })) } : {}),
    })),
    unidentified: result.unidentified,
    totals: result.totals,
    ...(result.lists ? { lists: result.lists.map(listJson) } : {}),
    findings: result.findings.map((f) => ({
      unit: f.unit,
      file: f.file,
      severity: f.severity,
      rule: f.rule,
      where: f.where,
      message: f.message,
    })),
    outputs,
    ...(job.province
      ? {
          province: {
            file: job.province.file,
            confirmed: job.province.confirmed,
            uncertain: job.province.uncertain,
            written: job.province.written.length,
            skipped: job.province.skipped,
          },
        }
      : {}),
  };
}

/** A compiled list: each line numbered, its unit, its values by column key as read, and the file and row it came from. */
function listJson(list: CompiledList): unknown {
  return {
    code: list.code,
    title: list.title,
    entries: list.entries.map((e) => ({
      number: e.number,
      unit: e.unit,
      values: Object.fromEntries(e.entry.values.map((v) => [v.key, v.value ?? v.raw])),
      file: e.file,
      where: e.entry.where,
    })),
    perUnit: list.perUnit,
  };
}
