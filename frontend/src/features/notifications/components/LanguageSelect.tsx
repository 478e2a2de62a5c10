import { Select, type SelectProps } from "antd";
import { useTranslation } from "react-i18next";
import { MESSAGE_LANGUAGES, type MessageLanguage } from "../api/notifications";

/**
 * The language a message is written in (a channel's, or a person's e-mail): 中文 or English, each
 * named in its own words. Takes a form item's value and onChange like any select.
 */
export function LanguageSelect(props: Omit<SelectProps<MessageLanguage>, "options">) {
  const { t } = useTranslation();
  return (
    <Select<MessageLanguage>
      {...props}
      options={MESSAGE_LANGUAGES.map((value) => ({
        value,
        label: t(`notify.language.${value}`),
      }))}
    />
  );
}
