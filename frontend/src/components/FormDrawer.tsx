import { Alert, Button, Drawer, Flex, Form, Grid, Typography, type FormInstance } from "antd";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { isStale, splitFieldErrors } from "@/lib/field-path";

/** The texts of a form drawer, in the caller's feature's words. */
export interface FormDrawerText {
  title: string;
  cancel: string;
  submit: string;
  /** Shown when the record changed since it was opened (412). */
  stale?: string;
  reload?: string;
}

/**
 * The one drawer every create-or-update form uses: the form in a drawer (full width on a phone),
 * cancel and save in the footer, a failed save's field errors on their fields (nested paths
 * included) and the rest above the form, and, when someone else changed the record meanwhile
 * (412), a warning with a reload button instead of a save that would overwrite their change.
 */
export function FormDrawer<V extends object>({
  form,
  text,
  width = 560,
  saving,
  error,
  fields,
  onClose,
  onReload,
  initialValues,
  onFinish,
  onValuesChange,
  children,
}: {
  form: FormInstance<V>;
  text: FormDrawerText;
  width?: number;
  saving: boolean;
  /** The last save's error, if any. */
  error: unknown;
  /** The form's top-level field names, where server field errors can land. */
  fields: readonly string[];
  onClose: () => void;
  /** Fetches the latest version after a 412; without it no reload button is offered. */
  onReload?: () => void;
  initialValues?: Partial<V>;
  onFinish: (values: V) => void;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  children: ReactNode;
}) {
  const wide = Grid.useBreakpoint().md ?? false;
  // A double click submits once: the second arrives before the saving state re-renders.
  const submitting = useRef(false);
  // Free again once the save settles: it failed (a new error) or stopped (not saving).
  useEffect(() => {
    if (!saving) submitting.current = false;
  }, [saving, error]);
  const finish = (values: V) => {
    if (submitting.current) return;
    submitting.current = true;
    onFinish(values);
  };
  const stale = isStale(error);
  const { unplaced } = splitFieldErrors(error, fields);
  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? width : "100%"}
      title={text.title}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{text.cancel}</Button>
          <Button type="primary" loading={saving} disabled={stale} onClick={() => form.submit()}>
            {text.submit}
          </Button>
        </Flex>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={text.stale}
          action={
            onReload && (
              <Button size="small" onClick={onReload}>
                {text.reload}
              </Button>
            )
          }
        />
      )}
      {!!error && !stale && (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} />
          {unplaced.map((e) => (
            <Typography.Text key={e.field} type="danger">
              {e.field}: {e.message}
            </Typography.Text>
          ))}
        </Flex>
      )}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={finish}
        onValuesChange={onValuesChange}
        disabled={saving}
        scrollToFirstError
      >
        {children}
      </Form>
    </Drawer>
  );
}

/** Puts a failed save's field errors on the form's fields (those it has). */
export function placeFieldErrors<V>(
  form: FormInstance<V>,
  failure: unknown,
  fields: readonly string[],
) {
  if (!(failure instanceof ApiError)) return;
  form.setFields(
    splitFieldErrors(failure, fields).placed.map(({ name, errors }) => ({
      name: name as never,
      errors,
    })),
  );
}

/**
 * The version a form started from, and a reload that moves it to the latest (after a 412): the
 * form is reset to the latest values and {@code onReloaded} runs (reset the mutation, say so).
 * A background refetch never moves the base, so a change made meanwhile is never overwritten.
 */
export function useEditBase<T, V>(
  initial: T | undefined,
  form: FormInstance<V>,
  toValues: (record: T | undefined) => Partial<V>,
) {
  const [base, setBase] = useState(initial);
  const reload = async (fetchLatest: () => Promise<T | undefined>, onReloaded: () => void) => {
    const latest = await fetchLatest().catch(() => undefined);
    if (!latest) return;
    setBase(latest);
    form.resetFields();
    form.setFieldsValue(toValues(latest) as never);
    onReloaded();
  };
  return { base, reload };
}
