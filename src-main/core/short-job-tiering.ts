/**
 * How soon V8 hands a function to its optimising compiler. By default a function is compiled
 * again, optimised, after a little use; in a job of a few seconds on a 2-core office computer
 * that compiling took a third of all the CPU (58 schools' workbooks: 1.0 s of 3.0 s), spent on
 * code (pdfmake's layout, font shaping, the writers) that ran only a little longer. A budget
 * about 7 times the default leaves the optimiser to the loops that really run long (reading
 * 2,000 workbooks is as fast), and the job of 58 or 150 schools ends a fifth sooner (measured
 * side by side, README "Speed").
 *
 * V8's flags belong to the process and its worker threads: the entry points set them before
 * the work's code loads (their first import), so its functions are budgeted alike.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 (bytes of bytecode run, roughly). */
const INTERRUPT_BUDGET = 500_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
