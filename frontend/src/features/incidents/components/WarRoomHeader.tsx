import { Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Incident } from "../api/get-incidents";
import type { MatrixEntry } from "../api/lifecycle";
import type { TimelineEntry } from "../api/timeline";
import { IncidentStatusTag } from "./IncidentStatusTag";
import { formatDuration, useNow } from "./useNow";

const GRADE_COLORS = { GENERAL: "gold", SERIOUS: "orange", MAJOR: "red" } as const;
const MINUTE = 60_000;

/** Title, status, grade, and the clocks the command center watches. */
export function WarRoomHeader({
  incident,
  matrix,
  timeline,
  live,
}: {
  incident: Incident;
  matrix: MatrixEntry[];
  timeline: TimelineEntry[];
  live: boolean;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const grade = incident.grade ?? incident.proposedGrade ?? "GENERAL";
  const target = matrix.find((entry) => entry.grade === grade);
  const reported = Date.parse(incident.reportedAt);
  const timers: { key: string; text: string; late: boolean }[] = [];
  const active = ["REPORTED", "ASSESSING", "RESPONDING", "VERIFYING"].includes(incident.status);
  if (active) {
    timers.push({
      key: "elapsed",
      text: t("warRoom.elapsed", { time: formatDuration(now - reported) }),
      late: false,
    });
  }
  if (target && !incident.acknowledgedAt && active) {
    const left = reported + target.ackMinutes * MINUTE - now;
    timers.push({
      key: "ack",
      text: t(left >= 0 ? "warRoom.ackDue" : "warRoom.ackOverdue", { time: formatDuration(left) }),
      late: left < 0,
    });
  }
  if (target && (incident.status === "RESPONDING" || incident.status === "VERIFYING")) {
    const last =
      timeline.length > 0 ? Date.parse(timeline[timeline.length - 1].occurredAt) : reported;
    const left = last + target.updateMinutes * MINUTE - now;
    timers.push({
      key: "update",
      text: t(left >= 0 ? "warRoom.nextUpdate" : "warRoom.updateOverdue", {
        time: formatDuration(left),
      }),
      late: left < 0,
    });
  }
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="incident-title">
          {incident.title}
        </Typography.Title>
        <IncidentStatusTag status={incident.status} />
        {incident.grade ? (
          <Tag color={GRADE_COLORS[incident.grade]} data-testid="incident-grade">
            {t(`warRoom.grade.${incident.grade}`)}
          </Tag>
        ) : (
          <Tag data-testid="incident-grade">
            {incident.proposedGrade
              ? t("warRoom.noGradeProposed", {
                  grade: t(`warRoom.grade.${incident.proposedGrade}`),
                })
              : t("warRoom.noGrade")}
          </Tag>
        )}
        <Tag color={live ? "green" : "default"}>
          {live ? t("warRoom.live") : t("warRoom.reconnecting")}
        </Tag>
      </Flex>
      <Flex gap={8} wrap>
        {timers.map((timer) => (
          <Tag
            key={timer.key}
            color={timer.late ? "red" : "blue"}
            data-testid={`timer-${timer.key}`}
          >
            {timer.text}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}
