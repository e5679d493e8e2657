import { ref } from 'vue';
import { fieldErrors } from '../api/call';
import { showError } from './notify';

/**
 * A form's save: busy while it runs; a refusal marked on the fields it names (by their path
 * in the request), else shown as a message; the marks cleared at each new try.
 */
export function useFormSubmit() {
  const errors = ref(new Map<string, string>());
  const saving = ref(false);
  async function submit(action: () => Promise<void>): Promise<void> {
    saving.value = true;
    errors.value = new Map();
    try {
      await action();
    } catch (e) {
      errors.value = fieldErrors(e);
      if (!errors.value.size) showError(e);
    } finally {
      saving.value = false;
    }
  }
  return { errors, saving, submit };
}
