import { ElMessage, ElMessageBox } from 'element-plus';
import { i18n } from '../i18n';
import { messageOf } from '../api/call';

/**
 * Messages open below the app bar: over it they would cover the navigation, and a message
 * under the pointer never times out (Element Plus pauses it while hovered). A bar scrolled
 * out of view leaves the message at the top of the window, not above it.
 */
function belowAppBar(): number {
  return Math.max(document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0, 0) + 8;
}

/** Shows a failure as the core said it (what, where, what to do); stays until closed. */
export function showError(e: unknown): void {
  ElMessage({ type: 'error', message: messageOf(e), showClose: true, duration: 0, grouping: true, offset: belowAppBar() });
}

export function showDone(message: string): void {
  ElMessage({ type: 'success', message, showClose: true, offset: belowAppBar() });
}

/**
 * Asks once before a destructive or outward action, saying what will happen; answers false
 * when the specialist declines.
 */
export async function confirmOnce(title: string, message: string, confirmLabel: string): Promise<boolean> {
  const { t } = i18n.global;
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: confirmLabel, cancelButtonText: t('common.cancel'), type: 'warning', autofocus: true });
    return true;
  } catch {
    return false;
  }
}

/** Runs an action, showing its failure; answers whether it succeeded. */
export async function attempt(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (e) {
    showError(e);
    return false;
  }
}
