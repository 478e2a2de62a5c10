import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import "dayjs/locale/zh-cn";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthProvider } from "react-oidc-context";
import { oidcSettings } from "@/lib/auth";
import type { AppConfig } from "@/lib/config";
import { dayjs } from "@/lib/time";
import { AuthGate } from "./AuthGate";

export function App({ config }: { config: AppConfig }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } },
      }),
  );
  // Texts the server writes (timeline entries, problems, system actors) come in the UI language:
  // read them again when it changes.
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18n.on("languageChanged", refetch);
    return () => i18n.off("languageChanged", refetch);
  }, [i18n, queryClient]);
  const english = i18n.language === "en";
  dayjs.locale(english ? "en" : "zh-cn");
  return (
    <AuthProvider {...oidcSettings(config)}>
      <QueryClientProvider client={queryClient}>
        <AuthGate />
      </QueryClientProvider>
    </AuthProvider>
  );
}
