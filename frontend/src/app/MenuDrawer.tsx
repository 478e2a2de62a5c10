import { Drawer, Menu, type MenuProps } from "antd";

/** The narrow screens' menu, in a drawer: a chunk of its own, loaded when first opened. */
export default function MenuDrawer({
  open,
  title,
  onClose,
  ...menu
}: { open: boolean; title: string; onClose: () => void } & Pick<
  MenuProps,
  "items" | "selectedKeys" | "onClick"
>) {
  return (
    <Drawer placement="left" open={open} onClose={onClose} title={title} size={260}>
      <Menu mode="inline" {...menu} />
    </Drawer>
  );
}
