import { createI18n } from 'vue-i18n';
import { en } from './en';
import { vi } from './vi';

export type MessageSchema = typeof vi;
export type Locale = 'vi' | 'en';

declare module 'vue-i18n' {
  // Keys of every `t('…')` are checked against the Vietnamese messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'vi',
  fallbackLocale: 'vi',
  messages: { vi, en },
});
