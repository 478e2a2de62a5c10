import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { useMe } from "@/lib/me";
import { dayjs } from "@/lib/time";
import {
  useAddMember,
  useAddShift,
  useExperts,
  useGroups,
  useOnDuty,
  usePeople,
  type Group,
} from "../api/org";
import { canManageMembers, canPlanShifts, canReadRoster } from "../permissions";

/** Who responds: on duty now, the groups and their duties, and the expert directory. */
export function OrgPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const groups = useGroups();
  const roster = canReadRoster(me);
  const [shiftFor, setShiftFor] = useState<Group | undefined>();
  const [memberFor, setMemberFor] = useState<Group | undefined>();
  const name = (group: Group | undefined) =>
    group ? (i18n.language.startsWith("zh") ? group.nameZh : group.nameEn) : "";

  if (groups.isLoading) return <Spin />;
  if (groups.error) return <ProblemAlert error={groups.error} onRetry={() => groups.refetch()} />;
  const byCode = new Map((groups.data ?? []).map((group) => [group.code, group]));

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={3}>{t("org.title")}</Typography.Title>
      {roster && <OnDutyCard name={(code) => name(byCode.get(code))} />}
      <List
        grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 3 }}
        dataSource={groups.data ?? []}
        renderItem={(group) => (
          <List.Item>
            <Card
              title={name(group)}
              size="small"
              extra={
                <Space size="small" wrap>
                  {canPlanShifts(me) && (
                    <Button size="small" onClick={() => setShiftFor(group)}>
                      {t("org.addShift")}
                    </Button>
                  )}
                  {canManageMembers(me) && (
                    <Button size="small" onClick={() => setMemberFor(group)}>
                      {t("org.addMember")}
                    </Button>
                  )}
                </Space>
              }
            >
              <Typography.Text type="secondary">{t("org.duties")}</Typography.Text>
              <ul style={{ margin: "4px 0 8px", paddingInlineStart: 18 }}>
                {group.duties.map((duty) => (
                  <li key={duty}>{duty}</li>
                ))}
              </ul>
              <Typography.Text type="secondary">{t("org.members")}</Typography.Text>
              <div>
                {group.members.length === 0 ? (
                  <Typography.Text type="secondary"> {t("org.noMembers")}</Typography.Text>
                ) : (
                  group.members.map((member) => (
                    <Tag key={member.subject} color={member.lead ? "gold" : undefined}>
                      {member.displayName}
                      {member.lead ? ` · ${t("org.lead")}` : ""}
                    </Tag>
                  ))
                )}
              </div>
            </Card>
          </List.Item>
        )}
      />
      {roster && <ExpertsCard />}
      {shiftFor && (
        <ShiftModal
          group={shiftFor}
          title={name(shiftFor)}
          onClose={() => setShiftFor(undefined)}
        />
      )}
      {memberFor && (
        <MemberModal
          group={memberFor}
          title={name(memberFor)}
          onClose={() => setMemberFor(undefined)}
        />
      )}
    </Space>
  );
}

function OnDutyCard({ name }: { name: (code: string) => string }) {
  const { t } = useTranslation();
  const onDuty = useOnDuty();
  return (
    <Card title={t("org.onDutyNow")} size="small">
      {onDuty.isLoading && <Spin />}
      {onDuty.error && <ProblemAlert error={onDuty.error} onRetry={() => onDuty.refetch()} />}
      <List
        size="small"
        dataSource={onDuty.data ?? []}
        renderItem={(duty) => (
          <List.Item data-testid={`on-duty-${duty.groupCode}`}>
            <Space wrap>
              <Typography.Text strong>{name(duty.groupCode)}</Typography.Text>
              {duty.displayName ? (
                <>
                  <span>{duty.displayName}</span>
                  <Tag>{t(`org.source.${duty.source}`, { defaultValue: duty.source })}</Tag>
                  {duty.contact?.phone && (
                    <a href={`tel:${duty.contact.phone.replace(/\s+/g, "")}`}>
                      {duty.contact.phone}
                    </a>
                  )}
                </>
              ) : (
                <Typography.Text type="warning">{t("org.nobodyOnDuty")}</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ExpertsCard() {
  const { t } = useTranslation();
  const [skill, setSkill] = useState("");
  const experts = useExperts(skill);
  return (
    <Card title={t("org.experts")} size="small">
      <Input.Search
        allowClear
        placeholder={t("org.skillSearch")}
        onSearch={(value) => setSkill(value.trim())}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      {experts.error && <ProblemAlert error={experts.error} onRetry={() => experts.refetch()} />}
      <List
        loading={experts.isLoading}
        locale={{ emptyText: <Empty description={t("org.noExperts")} /> }}
        dataSource={experts.data ?? []}
        renderItem={(expert) => (
          <List.Item>
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{expert.displayName}</Typography.Text>
              <div>
                {expert.skills.map((tag) => (
                  <Tag key={tag} color="blue">
                    {tag}
                  </Tag>
                ))}
              </div>
              {expert.note && <Typography.Text type="secondary">{expert.note}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

interface ShiftForm {
  subject: string;
  range: [dayjs.Dayjs, dayjs.Dayjs];
  override: boolean;
  note?: string;
}

/** The form field a server error belongs to; unknown ones go to the person field. */
function fieldOf(field: string): keyof ShiftForm {
  if (field === "startsAt" || field === "endsAt") return "range";
  if (field === "note") return "note";
  return "subject";
}

function ShiftModal({
  group,
  title,
  onClose,
}: {
  group: Group;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ShiftForm>();
  const people = usePeople(true);
  const addShift = useAddShift();
  const submit = async (values: ShiftForm) => {
    try {
      await addShift.mutateAsync({
        group: group.code,
        shift: {
          subject: values.subject,
          startsAt: values.range[0].toISOString(),
          endsAt: values.range[1].toISOString(),
          override: values.override,
          note: values.note,
        },
      });
      onClose();
    } catch (error) {
      const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      form.setFields(
        fields.map((field) => ({
          name: fieldOf(field.field),
          errors: [field.message],
        })),
      );
    }
  };
  return (
    <Modal
      open
      title={`${t("org.addShift")} · ${title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={addShift.isPending}
      okText={t("org.save")}
      cancelText={t("org.cancel")}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ override: false }}>
        <Form.Item
          name="subject"
          label={t("org.person")}
          rules={[{ required: true, message: t("org.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.isLoading}
            options={(people.data ?? []).map((person) => ({
              value: person.subject,
              label: person.displayName,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="range"
          label={t("org.when")}
          rules={[{ required: true, message: t("org.required") }]}
        >
          <DatePicker.RangePicker showTime style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="override" valuePropName="checked">
          <Checkbox>{t("org.override")}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t("org.note")}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {addShift.error && !(addShift.error instanceof ApiError && addShift.error.status === 400) && (
        <ProblemAlert error={addShift.error} />
      )}
    </Modal>
  );
}

function MemberModal({
  group,
  title,
  onClose,
}: {
  group: Group;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ subject: string; lead: boolean }>();
  const people = usePeople(true);
  const addMember = useAddMember();
  return (
    <Modal
      open
      title={`${t("org.addMember")} · ${title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={addMember.isPending}
      okText={t("org.save")}
      cancelText={t("org.cancel")}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ lead: false }}
        onFinish={async (values) => {
          await addMember.mutateAsync({ group: group.code, ...values });
          onClose();
        }}
      >
        <Form.Item
          name="subject"
          label={t("org.person")}
          rules={[{ required: true, message: t("org.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.isLoading}
            options={(people.data ?? []).map((person) => ({
              value: person.subject,
              label: person.displayName,
            }))}
          />
        </Form.Item>
        <Form.Item name="lead" valuePropName="checked">
          <Checkbox>{t("org.lead")}</Checkbox>
        </Form.Item>
      </Form>
      {addMember.error && <ProblemAlert error={addMember.error} />}
    </Modal>
  );
}
