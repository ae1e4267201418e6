import { Anchor, Badge, Button, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TDuplicateMember } from "../api/duplicate-api.ts";
import { useRegistryLabels } from "../registry/registry-format.ts";

interface TPairSideProps {
  label: "A" | "B";
  member: TDuplicateMember;
  /** Offered on open pairs only. */
  onKeep: (() => void) | undefined;
  testId: string;
}

/** One member of a pair; the two stand side by side, so each line is short enough for half a phone. */
export function PairSide({ label, member, onKeep, testId }: TPairSideProps) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  return (
    <Paper withBorder p="xs" data-testid={testId}>
      <Stack gap={4} h="100%" justify="space-between">
        <Stack gap={2}>
          <Badge variant="outline" size="xs" w="fit-content">
            {label}
          </Badge>
          <Text fw={600} size="sm" style={{ overflowWrap: "anywhere" }}>
            {member.nama}
          </Text>
          <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {t("keluarga.nik")} {member.nik}
          </Text>
          <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {t("keluarga.noKk")} {member.noKk}
          </Text>
          <Text size="xs">
            {t("duplikat.born")} {labels.date(member.tanggalLahir)}
          </Text>
          <Text size="xs">{member.desa.name}</Text>
          {member.status !== "aktif" && (
            <Badge color="gray" size="xs" w="fit-content">
              {labels.status(member.status)}
            </Badge>
          )}
          <Anchor component={Link} to={`/keluarga/${member.familyId}`} size="xs">
            {t("duplikat.openFamily")}
          </Anchor>
        </Stack>
        {onKeep && (
          <Button size="compact-xs" variant="light" fullWidth onClick={onKeep} data-testid={`${testId}-keep`}>
            {t("duplikat.keepThis", { side: label })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
