import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { AppLayout } from "../layout/app-layout.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Every page but login needs a session; without one, go to login and come back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100dvh" p="md">
        <ProblemAlert error={me.error} />
      </Center>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <AppLayout me={me.data} />;
}
