import { expect } from 'vitest';
import { ReadError } from '../../src-main/core/readers/read-error';

/** The ReadError a read must fail with (fails the test on success or on any other error). */
export async function readErrorOf(reading: Promise<unknown>): Promise<ReadError> {
  const outcome = await reading.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ReadError);
  return outcome as ReadError;
}
