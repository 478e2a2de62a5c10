import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from "@ant-design/icons";
import { Button, Card, Flex, Form, type FormListFieldData } from "antd";
import type { ReactNode } from "react";

/** The labels of a list editor; each takes the item's number (1-based). */
export interface ListEditorText {
  add: string;
  itemTitle?: (n: number) => string;
  remove: (n: number) => string;
  moveUp?: (n: number) => string;
  moveDown?: (n: number) => string;
}

type ListRule = NonNullable<Parameters<typeof Form.List>[0]["rules"]>[number];

/**
 * The one editor for an ordered list inside a form (runbook steps, plan sections, mitigations,
 * escalation steps): each item in a card with move up, move down and remove, an add button up to
 * {@code max} items, and the list's own errors under it. Without {@code itemTitle} the items are
 * shown inline (one field and its remove button per line).
 */
export function OrderedListEditor({
  name,
  max,
  text,
  newItem,
  rules,
  testId,
  minItems = 0,
  children,
}: {
  name: string;
  max: number;
  text: ListEditorText;
  /** What "add" appends. */
  newItem: () => unknown;
  rules?: ListRule[];
  testId?: string;
  /** Items that cannot be removed below this count. */
  minItems?: number;
  /** The fields of one item. */
  children: (field: FormListFieldData, index: number) => ReactNode;
}) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid={testId}>
          {fields.map((field, index) => {
            const n = index + 1;
            const removeButton = (
              <Button
                size={text.itemTitle ? "small" : "middle"}
                danger={!!text.itemTitle}
                icon={<DeleteOutlined />}
                disabled={fields.length <= minItems}
                aria-label={text.remove(n)}
                onClick={() => remove(field.name)}
              />
            );
            if (!text.itemTitle) {
              return (
                <Flex key={field.key} gap={8} align="flex-start">
                  <div style={{ flex: 1, minWidth: 0 }}>{children(field, index)}</div>
                  {removeButton}
                </Flex>
              );
            }
            return (
              <Card
                key={field.key}
                size="small"
                title={text.itemTitle(n)}
                extra={
                  <Flex gap={4}>
                    {text.moveUp && (
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        aria-label={text.moveUp(n)}
                        onClick={() => move(index, index - 1)}
                      />
                    )}
                    {text.moveDown && (
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        disabled={index === fields.length - 1}
                        aria-label={text.moveDown(n)}
                        onClick={() => move(index, index + 1)}
                      />
                    )}
                    {removeButton}
                  </Flex>
                }
              >
                {children(field, index)}
              </Card>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= max}
            onClick={() => add(newItem())}
          >
            {text.add}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
