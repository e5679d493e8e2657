import { ref } from 'vue';

/**
 * A dialog's confirm button: busy while the action runs, the dialog closed when it succeeds,
 * its failure written in the dialog (the specialist fixes it there) rather than lost.
 */
export function useDialogAction(close: () => void) {
  const busy = ref(false);
  const error = ref('');
  async function run(action: () => Promise<void>) {
    busy.value = true;
    error.value = '';
    try {
      await action();
      close();
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}
