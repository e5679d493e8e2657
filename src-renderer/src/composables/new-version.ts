import { ApiFailure } from '../api/call';
import { i18n } from '../i18n';
import { confirmOnce } from './notify';

/**
 * Runs a save or an import of a template. A version that must not change (a round collects
 * with it, it is built in, another form is stored under it) is refused by the core with why;
 * after one question the same is saved as the next version. Null when the specialist declines.
 */
export async function offeringNewVersion<T>(action: (asNewVersion: boolean) => Promise<T>): Promise<T | null> {
  try {
    return await action(false);
  } catch (e) {
    if (!(e instanceof ApiFailure && e.error.code === 'conflict')) throw e;
    const { t } = i18n.global;
    if (!(await confirmOnce(t('templateEditor.newVersionTitle'), e.message, t('templateEditor.saveAsNew')))) return null;
    return action(true);
  }
}
