import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Loading } from "@/components/Loading";
import { formatBeijing } from "@/lib/time";
import type { Incident } from "../api/get-incidents";
import { IncidentStatusTag } from "./IncidentStatusTag";
import "./IncidentTable.css";

/**
 * One page of incidents: a table on wide screens, cards on phones; a row or card opens the war
 * room. Plain markup styled like antd's table (antd's Table brings its filter menus, tree and
 * selection along, a tenth of the list page's weight, for none of which this list has a use).
 */
export function IncidentTable({
  incidents,
  loading,
  busy,
  wide,
  filtered,
  onClearFilters,
}: {
  incidents: Incident[];
  /** Nothing read yet. */
  loading: boolean;
  /** The rows shown are the previous page's while the next one is read. */
  busy: boolean;
  wide: boolean;
  /** Whether filters are set: an empty page then says nothing matches them, with a way back. */
  filtered: boolean;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (incident: Incident) => void navigate(`/incidents/${incident.id}`);
  if (loading) return <Loading label={t("common.loading")} />;
  if (incidents.length === 0) {
    return (
      <p className="kl-list-empty">
        {filtered ? (
          <>
            {t("incident.list.noMatch")}{" "}
            <button type="button" className="kl-link-button" onClick={onClearFilters}>
              {t("incident.list.clearFilters")}
            </button>
          </>
        ) : (
          t("incident.list.empty")
        )}
      </p>
    );
  }
  if (!wide) {
    return (
      <ul className="kl-incident-cards" data-testid="incident-cards" aria-busy={busy}>
        {incidents.map((incident) => (
          <li key={incident.id} onClick={() => open(incident)}>
            <div className="kl-incident-card-head">
              <Link to={`/incidents/${incident.id}`} onClick={(event) => event.stopPropagation()}>
                <strong>{incident.title}</strong>
              </Link>
              <IncidentStatusTag status={incident.status} />
            </div>
            <span className="kl-secondary">
              #{incident.id} · {formatBeijing(incident.occurredAt)}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="kl-incident-table" data-testid="incident-table" aria-busy={busy}>
      <thead>
        <tr>
          <th style={{ width: 80 }}>{t("incident.fields.id")}</th>
          <th>{t("incident.fields.title")}</th>
          <th style={{ width: 120 }}>{t("incident.fields.status")}</th>
          <th style={{ width: 90 }}>{t("incident.list.grade")}</th>
          <th style={{ width: 170 }}>{t("incident.fields.occurredAt")}</th>
          <th style={{ width: 160 }}>{t("incident.fields.reporter")}</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((incident) => (
          <tr key={incident.id} onClick={() => open(incident)}>
            <td>{incident.id}</td>
            <td>
              <Link to={`/incidents/${incident.id}`} onClick={(event) => event.stopPropagation()}>
                {incident.title}
              </Link>
            </td>
            <td>
              <IncidentStatusTag status={incident.status} />
            </td>
            <td>
              {incident.grade && (
                <span className="kl-tag">{t(`warRoom.grade.${incident.grade}`)}</span>
              )}
            </td>
            <td>{formatBeijing(incident.occurredAt)}</td>
            <td>{incident.reporter.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
