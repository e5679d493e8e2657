// Run by originals-durable.test.ts under strace: records one received file in a fresh store.
import { join } from 'node:path';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

const store = new Store(join(process.argv[2], 'kho.sqlite'));
const roundId = store.ensureRound(llw2022, { year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' });
store.recordImport(roundId, [{
  bytes: Buffer.from('Báo cáo Tuần lễ học tập suốt đời — Trường Tiểu học Liên Châu'),
  fileName: 'BC Liên Châu.docx',
  origin: 'thu.eml › BC Liên Châu.docx',
  container: 'thu.eml',
  kind: 'docx',
  unitCode: null,
  status: 'read',
  hasTable: false,
  sections: [],
  values: [],
  findings: [],
}]);
store.close();
