import { useTranslation } from "react-i18next";
import { ProblemNotice } from "@/components/ProblemNotice";
import type { Me } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import { useMoveTask, useTasks, type Task } from "../api/tasks";
import { mayMoveTask } from "../permissions";

/**
 * The phone page's list of an incident's tasks (those `only` keeps): overdue ones stand out, the
 * owning group starts and completes them. Plain markup, like the rest of the phone page.
 */
export function FieldTasks({
  incidentId,
  me,
  only,
}: {
  incidentId: number;
  me: Me | undefined;
  only: (task: Task) => boolean;
}) {
  const { t } = useTranslation();
  const tasks = useTasks(incidentId);
  const move = useMoveTask(incidentId);
  const items = (tasks.data ?? []).filter(only);
  const mayMove = (task: Task) => mayMoveTask(task, me);

  return (
    <div data-testid="task-list">
      {tasks.error && <ProblemNotice error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {move.error && <ProblemNotice error={move.error} />}
      {items.length === 0 && !tasks.isLoading && <p className="kl-muted">{t("warRoom.noTasks")}</p>}
      <ul className="kl-tasks">
        {items.map((task) => (
          <li key={task.id} data-testid={`task-item-${task.id}`}>
            <div className="kl-task-head">
              <strong className={task.status === "DONE" ? "kl-done" : undefined}>
                {task.title}
              </strong>
              <span className="kl-tags">
                {task.critical && (
                  <span className="kl-tag kl-tag-red">{t("warRoom.critical")}</span>
                )}
                {task.overdue && <span className="kl-tag kl-tag-red">{t("warRoom.overdue")}</span>}
                <span className="kl-tag">{t(`warRoom.taskStatus.${task.status}`)}</span>
              </span>
            </div>
            <div className="kl-muted">
              {t(`warRoom.group.${task.ownerGroup}`)} ·{" "}
              {t("warRoom.due", { time: formatBeijing(task.dueAt) })}
            </div>
            {mayMove(task) && (
              <div className="kl-actions">
                {task.status === "OPEN" && (
                  <button
                    type="button"
                    className="kl-button"
                    disabled={move.isPending}
                    onClick={() => move.mutate({ taskId: task.id, to: "start" })}
                  >
                    {t("warRoom.start")}
                  </button>
                )}
                <button
                  type="button"
                  className="kl-button kl-button-primary"
                  disabled={move.isPending}
                  onClick={() => move.mutate({ taskId: task.id, to: "complete" })}
                >
                  {t("warRoom.complete")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
