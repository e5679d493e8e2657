/** Who a manual change (settings, a confirmed mapping) is recorded as in the audit when nobody is named. */
export const DEFAULT_ACTOR = 'chuyên viên';
