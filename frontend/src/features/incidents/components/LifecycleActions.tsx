import {
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Tooltip,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { splitFieldErrors } from "@/lib/field-path";
import type { Me } from "@/lib/me";
import type { Incident } from "../api/get-incidents";
import {
  CATEGORIES,
  CORE_FLOWS,
  GRADES,
  useAssessment,
  useLifecycleAction,
  type LifecycleAction,
} from "../api/lifecycle";
import { useMembers } from "../api/members";
import { usePostmortem, useWritePostmortem } from "../api/postmortem";
import { BUSINESS_LINES } from "../api/report-incident";
import { offeredActions, type WarRoomAction } from "../permissions";

/** Actions that need a form before they are sent. */
const WITH_FORM: WarRoomAction[] = [
  "assess",
  "grade",
  "activate",
  "regrade",
  "mitigate",
  "cancel",
  "postmortem",
];
const CHECK_OWNERS = [
  "TECHNICAL",
  "BUSINESS",
  "PROCUREMENT",
  "WAREHOUSE",
  "LOGISTICS",
  "SALES",
  "COMMUNICATIONS",
  "COMMAND",
] as const;
const INCIDENT_ROLES = [
  ["TECH_LEAD", "tech"],
  ["BUSINESS_LEAD", "business"],
  ["COMMS_LEAD", "comms"],
  ["SCRIBE", "reporter"],
] as const;
const DANGER: WarRoomAction[] = ["cancel"];

/**
 * The lifecycle actions of the incident as the server's state machine offers them to this caller:
 * allowed ones as buttons, blocked ones (a check not passed, no postmortem yet) disabled with the
 * server's reason as their tooltip.
 */
export function LifecycleActions({ incident }: { incident: Incident; me?: Me | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const action = useLifecycleAction(incident);
  const [open, setOpen] = useState<WarRoomAction | null>(null);
  const offered = offeredActions(incident);

  const run = (name: WarRoomAction) => {
    if (WITH_FORM.includes(name)) {
      setOpen(name);
      return;
    }
    action.mutate(
      { action: name as LifecycleAction },
      {
        onSuccess: () =>
          void message.success(t("warRoom.done", { action: t(`warRoom.actions.${name}`) })),
      },
    );
  };

  if (offered.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap data-testid="lifecycle-actions">
        {offered.map(({ action: name, allowed, reason }) => (
          <Tooltip key={name} title={allowed ? undefined : reason}>
            <Button
              type={DANGER.includes(name) ? "default" : "primary"}
              danger={DANGER.includes(name)}
              disabled={!allowed}
              loading={action.isPending && action.variables?.action === name}
              onClick={() => run(name)}
            >
              {t(`warRoom.actions.${name}`)}
            </Button>
          </Tooltip>
        ))}
      </Flex>
      {offered.some((offer) => !offer.allowed) && (
        <Typography.Text type="secondary" data-testid="blocked-actions">
          {offered
            .filter((offer) => !offer.allowed)
            .map((offer) =>
              t("warRoom.blocked", {
                action: t(`warRoom.actions.${offer.action}`),
                reason: offer.reason,
              }),
            )
            .join(" · ")}
        </Typography.Text>
      )}
      {action.error && <ProblemAlert error={action.error} />}
      {open && (
        <ActionDialog
          incident={incident}
          name={open}
          onClose={() => setOpen(null)}
          onSubmit={(body) =>
            action.mutateAsync({ action: open as LifecycleAction, body }).then(() => {
              void message.success(t("warRoom.done", { action: t(`warRoom.actions.${open}`) }));
              setOpen(null);
            })
          }
        />
      )}
    </Flex>
  );
}

function ActionDialog({
  incident,
  name,
  onClose,
  onSubmit,
}: {
  incident: Incident;
  name: WarRoomAction;
  onClose: () => void;
  onSubmit: (body: unknown) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const existing = usePostmortem(incident.id, name === "postmortem");
  const postmortem = useWritePostmortem(incident.id, existing.data?.version);
  useEffect(() => {
    if (existing.data) form.setFieldsValue(existing.data);
  }, [existing.data, form]);
  const assessment = useAssessment(incident.id, name === "grade");
  const reasonRule = { required: true, whitespace: true, message: t("warRoom.reasonRequired") };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (name === "postmortem") {
        await postmortem.mutateAsync(values);
        onClose();
      } else if (name === "activate") {
        await onSubmit({ roles: chosenRoles(values) });
      } else {
        await onSubmit(values);
      }
    } catch (failure) {
      setError(failure);
      // The server's field errors land on their fields (e.g. ordersAffectedPerHour too large).
      form.setFields(
        splitFieldErrors(failure, Object.keys(form.getFieldsValue(true))).placed.map(
          ({ name: field, errors }) => ({ name: field, errors }),
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  const proposed = assessment.data?.proposedGrade ?? incident.proposedGrade;
  return (
    <Modal
      open
      title={t(`warRoom.actions.${name}`)}
      okText={t("warRoom.submit")}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues(name, incident)}>
        {name === "assess" && (
          <>
            <Form.Item name="category" label={t("warRoom.assessment.category")}>
              <Select
                options={CATEGORIES.map((c) => ({ value: c, label: t(`warRoom.category.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="affectedModules" label={t("warRoom.assessment.affectedModules")}>
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
            <Form.Item name="businessLines" label={t("incident.fields.businessLines")}>
              <Checkbox.Group
                options={BUSINESS_LINES.map((b) => ({
                  value: b,
                  label: t(`incident.businessLine.${b}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="coreFlowsDown" label={t("warRoom.assessment.coreFlowsDown")}>
              <Checkbox.Group
                options={CORE_FLOWS.map((f) => ({ value: f, label: t(`warRoom.coreFlow.${f}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="ordersAffectedPerHour"
              label={t("warRoom.assessment.ordersAffectedPerHour")}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item
              name="expectedRecoveryMinutes"
              label={t("warRoom.assessment.expectedRecoveryMinutes")}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item
              name="estimatedLoss"
              label={t("warRoom.assessment.estimatedLoss")}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} precision={2} stringMode style={{ width: "100%" }} />
            </Form.Item>
          </>
        )}
        {(name === "grade" || name === "regrade") && (
          <>
            {name === "grade" && proposed && (
              <Typography.Paragraph data-testid="proposed-grade">
                {t("warRoom.proposed", { grade: t(`warRoom.grade.${proposed}`) })}
                {assessment.data && (
                  <>
                    <br />
                    {t("warRoom.reasons")}:{" "}
                    {assessment.data.reasons.length === 0
                      ? t("warRoom.noRuleMet")
                      : assessment.data.reasons
                          .map((r) => t(`warRoom.measure.${r.measure}`, { threshold: r.threshold }))
                          .join("；")}
                  </>
                )}
              </Typography.Paragraph>
            )}
            <Form.Item name="grade" rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={GRADES.map((g) => ({ value: g, label: t(`warRoom.grade.${g}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t("warRoom.reason")}
              dependencies={["grade"]}
              rules={
                name === "regrade"
                  ? [reasonRule]
                  : [
                      ({ getFieldValue }) => ({
                        validator: (_, value?: string) =>
                          getFieldValue("grade") !== proposed && !value?.trim()
                            ? Promise.reject(new Error(t("warRoom.overrideReason")))
                            : Promise.resolve(),
                      }),
                    ]
              }
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {name === "activate" &&
          INCIDENT_ROLES.map(([role, realmRole]) => (
            <RolePicker key={role} role={role} realmRole={realmRole} />
          ))}
        {name === "mitigate" && (
          <>
            <Form.Item name="note" label={t("warRoom.fixNote")}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.List name="customChecks">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="start">
                      <Form.Item
                        name={[field.name, "label"]}
                        style={{ flex: 1 }}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t("warRoom.reasonRequired"),
                          },
                        ]}
                      >
                        <Input maxLength={200} placeholder={t("warRoom.customCheck")} />
                      </Form.Item>
                      <Form.Item name={[field.name, "ownerGroup"]} rules={[{ required: true }]}>
                        <Select
                          style={{ width: 120 }}
                          options={CHECK_OWNERS.map((g) => ({
                            value: g,
                            label: t(`warRoom.group.${g}`),
                          }))}
                        />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>×</Button>
                    </Flex>
                  ))}
                  <Button onClick={() => add({ ownerGroup: "TECHNICAL" })}>
                    {t("warRoom.addCheck")}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
        {name === "cancel" && (
          <Form.Item name="reason" label={t("warRoom.reason")} rules={[reasonRule]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        {name === "postmortem" &&
          (["causeCategory", "causeDescription", "wentWell", "wentBadly", "lessons"] as const).map(
            (field) => (
              <Form.Item
                key={field}
                name={field}
                label={t(`warRoom.postmortem.${field}`)}
                rules={[{ required: true, whitespace: true, message: t("warRoom.reasonRequired") }]}
              >
                {field === "causeCategory" ? (
                  <Input maxLength={40} />
                ) : (
                  <Input.TextArea rows={2} maxLength={10000} />
                )}
              </Form.Item>
            ),
          )}
      </Form>
      {error !== null && <ProblemAlert error={error} />}
    </Modal>
  );
}

function RolePicker({ role, realmRole }: { role: string; realmRole: string }) {
  const { t } = useTranslation();
  const members = useMembers(realmRole);
  return (
    <Form.Item name={["roles", role]} label={t(`warRoom.role.${role}`)}>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t("warRoom.pickPerson")}
        loading={members.isLoading}
        options={(members.data ?? []).map((m) => ({
          value: m.subject,
          label: `${m.displayName} (${m.username})`,
        }))}
      />
    </Form.Item>
  );
}

/** The picked people as the API wants them; unpicked roles are left out. */
function chosenRoles(values: { roles?: Record<string, string | undefined> }) {
  return Object.fromEntries(
    Object.entries(values.roles ?? {})
      .filter(([, subject]) => !!subject)
      .map(([role, subject]) => [role, { subject, name: subject }]),
  );
}

function initialValues(name: WarRoomAction, incident: Incident) {
  switch (name) {
    case "assess":
      return {
        category: incident.category,
        affectedModules: incident.scope.affectedSystems ?? [],
        businessLines: incident.scope.businessLines ?? [],
        coreFlowsDown: [],
        // The figures start empty: an unchanged submit must not record a made-up assessment.
      };
    case "grade":
      return { grade: incident.proposedGrade };
    case "regrade":
      return { grade: incident.grade };
    default:
      return {};
  }
}
