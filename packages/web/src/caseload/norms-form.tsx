import type { TRole } from "@kawal/core";
import { Badge, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCaseloadNorms, type TKabupatenNorm, useNorms, useSetNorms } from "../api/caseload-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

const NATIONAL = "ID";

/** What the form may set: the officer's kabupaten (first), then the national defaults for a national admin. */
function targetsOf(data: TCaseloadNorms): string[] {
  const kabs = data.kabupaten.filter((k) => k.canSet).map((k) => k.code);
  return data.canSetNational ? [...kabs, NATIONAL] : kabs;
}

/** The norms shown for a target: a kabupaten's (its own or the national it follows), or the national ones. */
function normsOf(data: TCaseloadNorms, target: string): TKabupatenNorm[] {
  const kab = data.kabupaten.find((k) => k.code === target);
  if (kab) return kab.items;
  return data.items.map((n) => ({ ...n, source: "nasional" as const }));
}

/**
 * The norm each companion role's load is measured against, per kabupaten: an officer sets its own
 * kabupaten's (a picker when its area holds several); a kabupaten without its own follows the national one.
 */
export function NormsForm() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const norms = useNorms();
  const save = useSetNorms();
  const [target, setTarget] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, number | string>>({});
  // The roles of the last request, in order: the server names a bad field by its index.
  const [sent, setSent] = useState<string[]>([]);
  const data = norms.data;
  const targets = data ? targetsOf(data) : [];
  // Read-only callers still see the norms of their (first) kabupaten, or the national ones.
  const shown = target ?? targets[0] ?? data?.kabupaten[0]?.code ?? NATIONAL;
  useEffect(() => {
    if (data) setValues(Object.fromEntries(normsOf(data, shown).map((n) => [n.role, n.norma])));
  }, [data, shown]);
  if (!data) return norms.error ? <ProblemAlert error={norms.error} /> : null;
  const items = normsOf(data, shown);
  const canSet = targets.includes(shown);
  const fieldError = (role: string) =>
    isProblemError(save.error) && sent.includes(role)
      ? save.error.problem.fields?.find((f) =>
          f.field.replace(/^body\./, "").startsWith(`norms.${sent.indexOf(role)}`),
        )?.message
      : undefined;
  // A kabupaten keeps following the national norm of a role it leaves unchanged.
  const submit = () => {
    const changed = items.filter(
      (n) => shown === NATIONAL || n.source === "kabupaten" || Number(values[n.role]) !== n.norma,
    );
    if (changed.length === 0) {
      notifySuccess(t("caseload.norms.saved"));
      return;
    }
    setSent(changed.map((n) => n.role));
    save.mutate(
      {
        ...(shown === NATIONAL ? {} : { kabCode: shown }),
        norms: changed.map((n) => ({ role: n.role, norma: Number(values[n.role]) })),
      },
      { onSuccess: () => notifySuccess(t("caseload.norms.saved")) },
    );
  };
  const labelOf = (code: string) => {
    const kab = data.kabupaten.find((k) => k.code === code);
    return kab ? `${kab.name} (${kab.code})` : t("caseload.norms.national");
  };
  const nationalOf = (role: string) => data.items.find((n) => n.role === role)?.norma;
  return (
    <Paper withBorder p="md" radius="md" data-testid="norms-form">
      <Stack gap="sm">
        <Title order={3}>{t("caseload.norms.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("caseload.norms.hint")}
        </Text>
        {targets.length > 1 ? (
          <Select
            label={t("caseload.norms.target")}
            data={targets.map((code) => ({ value: code, label: labelOf(code) }))}
            value={shown}
            onChange={(value) => {
              save.reset();
              setTarget(value);
            }}
            allowDeselect={false}
            maw={360}
            data-testid="norms-target"
          />
        ) : (
          <Text size="sm" fw={500} data-testid="norms-target-name">
            {t("caseload.norms.target")}: {labelOf(shown)}
          </Text>
        )}
        {!canSet && (
          <Text size="sm" c="dimmed">
            {t("caseload.norms.readOnly")}
          </Text>
        )}
        <Group gap="sm" align="flex-start" wrap="wrap">
          {items.map((n) => (
            <Stack key={n.role} gap={4} w={200}>
              <NumberInput
                label={roleLabel(n.role as TRole)}
                description={
                  n.unit === "keluarga" ? t("caseload.norms.perKeluarga") : t("caseload.norms.perDesa")
                }
                value={values[n.role] ?? ""}
                onChange={(value) => setValues({ ...values, [n.role]: value })}
                min={1}
                max={10_000}
                allowDecimal={false}
                error={fieldError(n.role)}
                readOnly={!canSet}
                data-testid={`norms-${n.role}`}
              />
              {shown !== NATIONAL && (
                <Group gap={6} wrap="wrap">
                  <Badge
                    size="sm"
                    variant="light"
                    color={n.source === "kabupaten" ? "blue" : "gray"}
                    data-testid={`norms-source-${n.role}`}
                  >
                    {n.source === "kabupaten"
                      ? t("caseload.norms.ownNorm")
                      : t("caseload.norms.followsNational")}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t("caseload.norms.nationalValue", { norma: nationalOf(n.role) ?? "–" })}
                  </Text>
                  {canSet && n.source === "kabupaten" && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      loading={save.isPending}
                      onClick={() => {
                        setSent([n.role]);
                        save.mutate(
                          { kabCode: shown, norms: [{ role: n.role, norma: null }] },
                          { onSuccess: () => notifySuccess(t("caseload.norms.saved")) },
                        );
                      }}
                      data-testid={`norms-follow-national-${n.role}`}
                    >
                      {t("caseload.norms.useNational")}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          ))}
        </Group>
        {save.error && items.every((n) => !fieldError(n.role)) && <ProblemAlert error={save.error} />}
        {canSet && (
          <Group>
            <Button variant="light" loading={save.isPending} onClick={submit} data-testid="norms-save">
              {t("caseload.norms.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
