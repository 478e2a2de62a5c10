import { type ReactNode, Suspense, lazy } from "react";
import { Loading } from "@/components/Loading";
import { can, useMe } from "@/lib/me";

/** Loaded only when shown: most people never see it, and every page's first load stays lighter. */
const NoAccess = lazy(() =>
  import("@/components/NoAccess").then((module) => ({ default: module.NoAccess })),
);

/**
 * Shows the page only to someone holding the permission its data needs; anyone else (a driver
 * opening /audit by link) sees who may see it instead of an error and an empty list.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  // If /me itself failed, the page asks the server and shows what it answers.
  if (me.data && !can(me.data, permission)) {
    return (
      <Suspense fallback={<Loading />}>
        <NoAccess permission={permission} />
      </Suspense>
    );
  }
  return children;
}
