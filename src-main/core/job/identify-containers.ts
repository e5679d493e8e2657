import type { Finding } from '../model/finding';
import type { Unit, UnitMatch } from '../model/unit';
import { normaliseAddress } from '../units/email-address';
import { identifyUnit } from '../units/identify';
import { makeUnitCode, unitFromDocument } from '../units/unit-from-document';

/** What identification needs to know of one file of a container. */
export interface IdentifiableFile {
  fileName: string;
  sender?: string;
  subject?: string;
  headerText?: string;
  /** The unit a fillable form was made for (its marker), when the file is one. */
  formUnit?: { code: string; name: string };
}

export interface ContainerIdentity {
  match: UnitMatch | null;
  reason: string;
  /** A unit the app made from the document's own header, when the registry does not know it. */
  newUnit?: Unit;
  /** Something the specialist should look at about the tie (a form of one unit sent from another's address). */
  warning?: Finding;
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
    const form = this.byForm(files);
    if (form) return form;
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

  /**
   * A fillable form names the registry unit it was made for: that decides, with no guessing.
   * A sender whose address is another unit's is still said, since the school may have
   * filled a neighbour's form.
   */
  private byForm(files: IdentifiableFile[]): ContainerIdentity | null {
    for (const f of files) {
      const unit = f.formUnit && this.known.find((u) => u.code === f.formUnit!.code);
      if (!unit) continue;
      const sender = normaliseAddress(f.sender);
      const senderUnits = sender ? this.known.filter((u) => u.emails.includes(sender)) : [];
      const evidence = `biểu mẫu ${f.fileName} được lập cho ${unit.name} (mã ${unit.code})`;
      const identity: ContainerIdentity = { match: { unit, by: 'form', score: 1, evidence }, reason: `${unit.name} (${unit.code}): ${evidence}` };
      if (senderUnits.length && !senderUnits.includes(unit)) {
        identity.warning = {
          severity: 'warning',
          rule: 'form-other-sender',
          where: null,
          message: `Biểu mẫu ${f.fileName} được lập cho ${unit.name} nhưng gửi từ địa chỉ ${sender} của ${senderUnits.map((u) => u.name).join(', ')}: hãy kiểm tra đơn vị đã điền đúng biểu mẫu của mình chưa.`,
        };
      }
      return identity;
    }
    return null;
  }
}
