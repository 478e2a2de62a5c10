import { CalendarOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { Dayjs } from "dayjs";
import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";

export type DayRange = [Dayjs | null, Dayjs | null] | null;

/** antd's date picker is a fifth of the list page's weight: it loads when someone wants it. */
const RangePicker = lazy(() => import("./ReportedRangePicker"));

/**
 * The report-date filter of the incident list: a button until first used, then antd's range
 * picker (opened at once). {@code value} holds whole days in the browser's time zone.
 */
export function ReportedRange({
  value,
  onChange,
  width,
}: {
  value: DayRange;
  onChange: (range: DayRange) => void;
  width: number | string;
}) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(false);
  const placeholder = (
    <Button
      icon={<CalendarOutlined />}
      iconPlacement="end"
      loading={wanted}
      onClick={() => setWanted(true)}
      style={{ width, justifyContent: "space-between", color: "rgba(0, 0, 0, 0.25)" }}
    >
      {t("incident.list.reportedRange")}
    </Button>
  );
  if (!wanted && !value) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RangePicker
        value={value}
        onChange={(range) => onChange(range as DayRange)}
        defaultOpen={wanted && !value}
        autoFocus={wanted && !value}
        aria-label={t("incident.list.reportedRange")}
        style={{ width }}
      />
    </Suspense>
  );
}
