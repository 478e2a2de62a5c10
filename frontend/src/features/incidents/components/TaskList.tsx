import { Button, Card, Empty, Flex, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import type { Me } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { useMoveTask, useTasks, type Task } from "../api/tasks";
import { mayMoveTask } from "../permissions";

/** The response's tasks; overdue ones stand out; the owning group moves them along. */
export function TaskList({
  incidentId,
  me,
  only,
}: {
  incidentId: number;
  me: Me | undefined;
  only?: (task: Task) => boolean;
}) {
  const { t } = useTranslation();
  const tasks = useTasks(incidentId);
  const move = useMoveTask(incidentId);
  const items = (tasks.data ?? []).filter(only ?? (() => true));
  const mayMove = (task: Task) => mayMoveTask(task, me);

  return (
    <Card title={t("warRoom.tasks")} size="small" data-testid="task-list">
      {tasks.error && <ProblemAlert error={tasks.error} />}
      {move.error && <ProblemAlert error={move.error} />}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("warRoom.noTasks")} />
      ) : (
        <List
          dataSource={items}
          renderItem={(task) => (
            <List.Item data-testid={`task-item-${task.id}`}>
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong delete={task.status === "DONE"}>
                    {task.title}
                  </Typography.Text>
                  <Flex gap={4} wrap>
                    {task.critical && <Tag color="red">{t("warRoom.critical")}</Tag>}
                    {task.overdue && <Tag color="volcano">{t("warRoom.overdue")}</Tag>}
                    <Tag>{t(`warRoom.taskStatus.${task.status}`)}</Tag>
                  </Flex>
                </Flex>
                <Typography.Text type="secondary">
                  {t(`warRoom.taskKind.${task.kind}`)} · {t(`warRoom.group.${task.ownerGroup}`)} ·{" "}
                  {t("warRoom.due", { time: formatBeijing(task.dueAt) })}
                </Typography.Text>
                {mayMove(task) && (
                  <Flex gap={8}>
                    {task.status === "OPEN" && (
                      <Button
                        size="small"
                        onClick={() => move.mutate({ taskId: task.id, to: "start" })}
                      >
                        {t("warRoom.start")}
                      </Button>
                    )}
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => move.mutate({ taskId: task.id, to: "complete" })}
                    >
                      {t("warRoom.complete")}
                    </Button>
                  </Flex>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
