import type { Unit, UnitMatch } from '../model/unit';
import { identifyUnit } from '../units/identify';
import { makeUnitCode, unitFromDocument } from '../units/unit-from-document';

/** What identification needs to know of one file of a container. */
export interface IdentifiableFile {
  fileName: string;
  sender?: string;
  subject?: string;
  headerText?: string;
}

export interface ContainerIdentity {
  match: UnitMatch | null;
  reason: string;
  /** A unit the app made from the document's own header, when the registry does not know it. */
  newUnit?: Unit;
}

/**
 * Ties a whole container (an email and its attachments, or one standalone file) to one
 * unit: the attachments of one email come from one school, so the strongest evidence from
 * any of them decides. Registry units first; a school the registry does not know becomes a
 * new unit only when its own document names it.
 */
export class ContainerIdentifier {
  private readonly known: Unit[];
  private readonly taken: Set<string>;

  constructor(registry: Unit[], previouslyMade: Unit[] = []) {
    this.known = [...registry, ...previouslyMade];
    this.taken = new Set(this.known.map((u) => u.code));
  }

  identify(files: IdentifiableFile[]): ContainerIdentity {
    let best: ContainerIdentity | null = null;
    const reasons: string[] = [];
    for (const f of files) {
      const headerText = [f.subject, f.headerText].filter(Boolean).join('\n');
      const { match, reason } = identifyUnit({ fileName: f.fileName, sender: f.sender, headerText, units: this.known });
      if (match && (!best?.match || match.score > best.match.score)) best = { match, reason };
      if (!match) reasons.push(reason);
    }
    if (best?.match) return best;
    for (const f of files) {
      const unit = unitFromDocument({ fileName: f.fileName, headerText: f.headerText, sender: f.sender });
      if (!unit) continue;
      const made: Unit = { ...unit, code: makeUnitCode(unit.name, this.taken) };
      this.taken.add(made.code);
      this.known.push(made);
      return {
        match: { unit: made, by: 'document', score: 1, evidence: `Tên đơn vị trong tệp ${f.fileName}: ${made.name}` },
        reason: '',
        newUnit: made,
      };
    }
    return { match: null, reason: reasons[0] ?? 'Không xác định được đơn vị gửi.' };
  }
}
