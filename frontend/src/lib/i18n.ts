import i18n from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kuailv.language";

export function storedLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return saved === "en" ? "en" : "zh-CN";
}

/** Each language is a chunk of its own: a page loads only the texts it shows. */
const MESSAGES: Record<Language, () => Promise<{ default: object }>> = {
  "zh-CN": () => import("@/locales/zh-CN"),
  en: () => import("@/locales/en"),
};

/** Loads the texts of {@code language} once; resolves when they can be used. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    const messages = (await MESSAGES[language]()).default;
    i18n.addResourceBundle(language, "translation", messages);
  }
}

/** Switches the UI to {@code language} (loading its texts first) and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
  document.title = i18n.t("app.name");
}

/** Starts i18n in {@code language} (the stored choice, else Chinese) with only its texts. */
export async function initI18n(language: Language = storedLanguage()) {
  document.documentElement.lang = language;
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(language);
  await i18n.changeLanguage(language);
  document.title = i18n.t("app.name");
}

export default i18n;
