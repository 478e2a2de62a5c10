import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "@/locales/en";
import zhCN from "@/locales/zh-CN";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kuailv.language";

export function storedLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return saved === "en" ? "en" : "zh-CN";
}

export function changeLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()) {
  document.documentElement.lang = language;
  return i18n.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export default i18n;
