import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { BEIJING, dayjs } from "@/lib/time";
import type { Dayjs } from "dayjs";
import type { ProtectedSystem } from "../api/safeguards";

/** Today's date in Beijing, which is what the server compares restore dates with. */
export function todayInBeijing(): string {
  return dayjs().tz(BEIJING).format("YYYY-MM-DD");
}

export function isFutureDay(date: Dayjs, today = todayInBeijing()): boolean {
  return date.format("YYYY-MM-DD") > today;
}

/** Overdue systems first; the server sorts so too, this keeps it true after local changes. */
export function overdueFirst(systems: ProtectedSystem[]): ProtectedSystem[] {
  return [...systems].sort((a, b) => Number(b.restoreOverdue) - Number(a.restoreOverdue));
}

export function OverdueTag({ system }: { system: ProtectedSystem }) {
  const { t } = useTranslation();
  if (!system.restoreOverdue) return null;
  return (
    <Tag color="red" data-testid="restore-overdue">
      {t("safeguard.overdue")}
    </Tag>
  );
}

export function PassedTag({ passed }: { passed: boolean }) {
  const { t } = useTranslation();
  return passed ? (
    <Tag color="green">{t("safeguard.passed")}</Tag>
  ) : (
    <Tag color="red">{t("safeguard.failed")}</Tag>
  );
}

export function LastRestore({ system }: { system: ProtectedSystem }) {
  const { t } = useTranslation();
  if (!system.lastRestoreOn) {
    return <Typography.Text type="secondary">{t("safeguard.neverRestored")}</Typography.Text>;
  }
  return (
    <span data-testid="last-restore">
      {system.lastRestoreOn}{" "}
      {system.lastRestorePassed !== undefined && <PassedTag passed={system.lastRestorePassed} />}
    </span>
  );
}
