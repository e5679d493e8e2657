// Run by originals-durable.test.ts under strace: records one received file in a fresh store (a scratch one with `scratch`).
import { join } from 'node:path';
import { createRound } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

const store = new Store(join(process.argv[2], 'kho.sqlite'), { scratch: process.argv[3] === 'scratch' });
const round = createRound(store, llw2022, { name: 'Tuần lễ HTSĐ 2023', year: 2023 }, 'chuyên viên');
store.transaction(() =>
  store.received.record(round.id, 'thư', 'chuyên viên', [{
    file: { name: 'BC Liên Châu.docx', origin: 'thu.eml › BC Liên Châu.docx', bytes: Buffer.from('Báo cáo Tuần lễ học tập suốt đời — Trường Tiểu học Liên Châu') },
    container: 'thu.eml',
  }], 1),
);
store.close();
