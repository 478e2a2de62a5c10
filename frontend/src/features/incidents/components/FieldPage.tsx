import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "@/components/Loading";
import { ProblemNotice } from "@/components/ProblemNotice";
import { useLiveEvents } from "@/lib/event-stream";
import { actsFor, useMe, type Me } from "@/lib/me";
import { dayjs } from "@/lib/time";
import { useIncidents, type Incident } from "../api/get-incidents";
import {
  useReportIncident,
  type BusinessLine,
  type ReportIncidentInput,
} from "../api/report-incident";
import type { Task } from "../api/tasks";
import { FieldTasks } from "./FieldTasks";
import "./FieldPage.css";

type Preset = "DELIVERY_LIST" | "CONFIRM_DELIVERY" | "ROUTE_WRONG" | "WAREHOUSE_BLOCKED" | "OTHER";
const PRESETS: {
  key: Preset;
  line: BusinessLine;
  system: string;
  category: ReportIncidentInput["category"];
}[] = [
  { key: "DELIVERY_LIST", line: "LOGISTICS", system: "司机端 TMS", category: "DELIVERY_DELAY" },
  { key: "CONFIRM_DELIVERY", line: "LOGISTICS", system: "司机端 TMS", category: "DELIVERY_DELAY" },
  { key: "ROUTE_WRONG", line: "LOGISTICS", system: "路线规划", category: "DELIVERY_DELAY" },
  {
    key: "WAREHOUSE_BLOCKED",
    line: "WAREHOUSE",
    system: "仓储 WMS",
    category: "INVENTORY_DISORDER",
  },
  { key: "OTHER", line: "LOGISTICS", system: "现场", category: "OTHER" },
];

function lineOf(me: Me | undefined): BusinessLine | undefined {
  if (actsFor(me, "LOGISTICS")) return "LOGISTICS";
  if (actsFor(me, "WAREHOUSE")) return "WAREHOUSE";
  return undefined;
}

/**
 * The phone page for drivers and warehouse staff: report a problem in two taps, see the
 * emergencies that affect them, follow and tick off their fallback steps. Plain markup and CSS
 * (no antd), so that a phone on a weak network loads it fast.
 */
export function FieldPage() {
  const { t } = useTranslation();
  const me = useMe();
  const line = lineOf(me.data);
  const [preset, setPreset] = useState<(typeof PRESETS)[number] | null>(null);
  const [sentId, setSentId] = useState<number | null>(null);
  const report = useReportIncident();
  const active = useIncidents({
    // Reported ones too: a driver who sees the problem already reported need not report it again.
    status: ["REPORTED", "ASSESSING", "RESPONDING", "VERIFYING"],
    page: 0,
    size: 50,
  });
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["incidents"] });
  useLiveEvents("/incidents/stream", refresh, refresh);

  const affecting = (incident: Incident) => {
    const lines = incident.scope.businessLines ?? [];
    return !line || lines.length === 0 || lines.includes(line);
  };
  const mine = (task: Task) =>
    task.kind === "FALLBACK" && (task.ownerGroup === line || task.ownerGroup === "BUSINESS");

  // A report on its way is not abandoned: its answer (the number) must still be shown.
  const close = () => {
    if (report.isPending) return;
    setPreset(null);
    report.reset();
  };
  const send = () => {
    if (!preset || report.isPending) return;
    report.mutate(
      {
        title: t(`field.presets.${preset.key}`),
        phenomenon: t(`field.presetDetail.${preset.key}`),
        occurredAt: dayjs().format(),
        scope: {
          affectedSystems: [preset.system],
          businessLines: [line ?? preset.line],
          regions: [],
        },
        category: preset.category,
      },
      {
        onSuccess: (incident) => {
          setPreset(null);
          setSentId(incident.id);
        },
      },
    );
  };

  const incidents = (active.data?.items ?? []).filter(affecting);
  return (
    <div className="kl-field">
      <section className="kl-card">
        <h2>{t("field.report")}</h2>
        <div className="kl-presets">
          {PRESETS.map((p) => (
            <button
              key={p.key}
              type="button"
              className="kl-button kl-button-large"
              onClick={() => {
                setSentId(null);
                setPreset(p);
              }}
            >
              {t(`field.presets.${p.key}`)}
            </button>
          ))}
        </div>
      </section>
      {sentId !== null && (
        <p role="status" className="kl-success">
          {t("field.sent", { id: sentId })}
        </p>
      )}
      {preset && (
        <ConfirmSheet
          title={t(`field.presets.${preset.key}`)}
          detail={t(`field.presetDetail.${preset.key}`)}
          pending={report.isPending}
          error={report.error}
          onConfirm={send}
          onCancel={close}
        />
      )}
      <h2 className="kl-heading">{t("field.active")}</h2>
      {active.error && <ProblemNotice error={active.error} onRetry={() => void active.refetch()} />}
      {active.isLoading && <Loading />}
      {incidents.length === 0 && !active.isLoading && !active.error && (
        <p className="kl-muted">{t("field.none")}</p>
      )}
      {incidents.map((incident) => (
        <section
          key={incident.id}
          className="kl-card"
          data-testid={`field-incident-${incident.id}`}
        >
          <div className="kl-incident-head">
            <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
            <span className={`kl-tag kl-status-${incident.status}`} data-testid="incident-status">
              {t(`incident.status.${incident.status}`)}
            </span>
          </div>
          <p className="kl-warning">{t("field.follow")}</p>
          <FieldTasks incidentId={incident.id} me={me.data} only={mine} />
        </section>
      ))}
      <Link to="/incidents">{t("field.fullVersion")}</Link>
    </div>
  );
}

/** Asks before a report leaves: one tap to send, one to go back (also Escape, or the backdrop). */
function ConfirmSheet({
  title,
  detail,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  detail: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const onEscape = useEffectEvent(() => onCancel());
  useEffect(() => {
    // Like a modal: focus starts on 取消 (a stray Enter sends nothing), Tab stays in the sheet,
    // the page behind does not scroll, and focus returns to the button that opened it.
    const opener = document.activeElement as HTMLElement | null;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    cancel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onEscape();
      if (event.key !== "Tab" || !sheet.current) return;
      const buttons = [...sheet.current.querySelectorAll<HTMLElement>("button:not(:disabled)")];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.body.style.overflow = overflow;
      opener?.focus();
    };
  }, []);
  return (
    <div
      className="kl-backdrop"
      onClick={(event) => {
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="field-confirm-title"
        className="kl-sheet"
      >
        <h2 id="field-confirm-title">{title}</h2>
        <p>{detail}</p>
        {error ? <ProblemNotice error={error} /> : null}
        <div className="kl-actions">
          <button
            ref={cancel}
            type="button"
            className="kl-button kl-button-large"
            disabled={pending}
            onClick={onCancel}
          >
            {t("common.cancel")}
          </button>
          <button
            type="button"
            className="kl-button kl-button-large kl-button-primary"
            disabled={pending}
            aria-busy={pending}
            onClick={onConfirm}
          >
            {t("field.confirm")}
          </button>
        </div>
      </div>
    </div>
  );
}
