/** Key of the office's settings in the store's settings table (a module of its own: reading it needs no validation code). */
export const SETTINGS_KEY = 'office';
