import type { TRole } from "@kawal/core";
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCaseloadNorm, useNorms, useSetNorms } from "../api/caseload-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** The norm each companion role's load is measured against (the same for the whole installation). */
export function NormsForm() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const norms = useNorms();
  const save = useSetNorms();
  const [values, setValues] = useState<Record<string, number | string>>({});
  useEffect(() => {
    if (norms.data) setValues(Object.fromEntries(norms.data.items.map((n) => [n.role, n.norma])));
  }, [norms.data]);
  if (!norms.data) return norms.error ? <ProblemAlert error={norms.error} /> : null;
  const fieldError = (index: number) =>
    isProblemError(save.error)
      ? save.error.problem.fields?.find((f) => f.field.replace(/^body\./, "").startsWith(`norms.${index}`))
          ?.message
      : undefined;
  const items = norms.data.items;
  return (
    <Paper withBorder p="md" radius="md" data-testid="norms-form">
      <Stack gap="sm">
        <Title order={3}>{t("caseload.norms.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("caseload.norms.hint")}
        </Text>
        <Group gap="sm" align="flex-start" wrap="wrap">
          {items.map((n: TCaseloadNorm, index) => (
            <NumberInput
              key={n.role}
              label={roleLabel(n.role as TRole)}
              description={
                n.unit === "keluarga" ? t("caseload.norms.perKeluarga") : t("caseload.norms.perDesa")
              }
              value={values[n.role] ?? ""}
              onChange={(value) => setValues({ ...values, [n.role]: value })}
              min={1}
              max={10_000}
              allowDecimal={false}
              error={fieldError(index)}
              w={200}
            />
          ))}
        </Group>
        {save.error && !fieldError(0) && !fieldError(1) && !fieldError(2) && (
          <ProblemAlert error={save.error} />
        )}
        <Group>
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                items.map((n) => ({ role: n.role, norma: Number(values[n.role]) })),
                { onSuccess: () => notifySuccess(t("caseload.norms.saved")) },
              )
            }
            data-testid="norms-save"
          >
            {t("caseload.norms.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
