import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PERMISSIONS_OF_ROLE } from "@/lib/role-permissions";

/** The realm roles that hold a permission, from the server's one table. */
export function rolesWith(permission: string): string[] {
  return Object.entries(PERMISSIONS_OF_ROLE)
    .filter(([, permissions]) => permissions.includes(permission))
    .map(([role]) => role);
}

/** A page the signed-in person may not see: who can, and what to do instead. */
export function NoAccess({ permission }: { permission: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roles = rolesWith(permission).map((role) =>
    t(`realmRoles.${role}`, { defaultValue: role }),
  );
  return (
    <Result
      status="403"
      title={t("noAccess.title")}
      subTitle={t("noAccess.who", { roles: roles.join(t("noAccess.separator")) })}
      extra={
        <Button type="primary" onClick={() => void navigate("/incidents")}>
          {t("noAccess.back")}
        </Button>
      }
    />
  );
}
