import { normalizeWilayahCode, type TWilayahLevel, wilayahLevel } from "@kawal/core";
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useWilayahChildren, useWilayahDetail } from "../api/wilayah-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { DesaDetail } from "./desa-detail.tsx";
import { WilayahBreadcrumb } from "./wilayah-breadcrumb.tsx";
import { WilayahChildren } from "./wilayah-children.tsx";
import { WilayahSearch } from "./wilayah-search.tsx";

function levelOf(code: string | null): TWilayahLevel | null {
  if (code === null) return null;
  try {
    return wilayahLevel(code);
  } catch {
    return null;
  }
}

/**
 * The region browser. `/wilayah` lists the provinces; `/wilayah/:code` lists a region's children, or
 * for a desa shows its details. The code lives in the URL so the back button and links work.
 */
export function WilayahPage() {
  const { t } = useTranslation();
  const params = useParams();
  const code = params.code ? (normalizeWilayahCode(params.code) ?? params.code) : null;
  const level = levelOf(code);
  const detail = useWilayahDetail(code);
  // Both requests start at once; a desa has no children to ask for.
  const children = useWilayahChildren(code, level !== "desa");
  return (
    <Stack maw={820}>
      <Title order={2}>{t("wilayah.title")}</Title>
      <WilayahSearch />
      <WilayahBreadcrumb current={detail.data} />
      {detail.error ? (
        <ProblemAlert error={detail.error} />
      ) : level === "desa" ? (
        detail.data && <DesaDetail desa={detail.data} />
      ) : (
        <WilayahChildren items={children.data} loading={children.isPending} error={children.error} />
      )}
    </Stack>
  );
}
