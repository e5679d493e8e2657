/**
 * The old .doc/.xls files of a batch, converted by one LibreOffice while the worker threads
 * read the other files; each is read as soon as its conversion is ready, under its own kind.
 */
import type { ReceivedFile } from '../model/received';
import type { ConversionLimits } from '../readers/libreoffice-batch';
import { convertLegacyFiles, legacyKindOf, type LegacyConversion, type LegacyKind } from '../readers/legacy-office';
import { unreadable, type ReadOutcome } from './read-received';

export interface PendingConversion {
  kind: LegacyKind;
  converted: Promise<LegacyConversion>;
}

/** Starts converting every old file among `files`; keyed by the file's index. */
export async function startLegacyConversions(files: ReceivedFile[], limits?: ConversionLimits): Promise<Map<number, PendingConversion>> {
  const kinds = await Promise.all(files.map((f) => legacyKindOf(f.bytes, f.name)));
  const legacy = files.flatMap((file, i) => (kinds[i] ? [{ i, file, kind: kinds[i] }] : []));
  const converted = convertLegacyFiles(legacy.map(({ file, kind }) => ({ bytes: file.bytes, fileName: file.name, kind })), limits);
  return new Map(legacy.map(({ i, kind }, k) => [i, { kind, converted: converted[k] }]));
}

/** Reads the converted file with `read`; the outcome keeps the kind of the file received. */
export async function readConverted(
  file: ReceivedFile,
  pending: PendingConversion,
  read: (file: ReceivedFile) => Promise<ReadOutcome>,
): Promise<ReadOutcome> {
  const conversion = await pending.converted;
  if ('error' in conversion) return unreadable(pending.kind, 'legacy-format', conversion.error);
  const outcome = await read({ ...file, bytes: conversion.bytes });
  return { ...outcome, kind: pending.kind };
}
