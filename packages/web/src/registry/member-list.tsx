import { Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { TMember } from "../api/registry-api.ts";
import { ScrollTable } from "../ui/scroll-table.tsx";
import { type TRegistryLabels, useRegistryLabels } from "./registry-format.ts";

function MemberCard({ member, labels }: { member: TMember; labels: TRegistryLabels }) {
  const { t } = useTranslation();
  const details = [member.pendidikan, member.pekerjaan].filter(Boolean).join(" · ");
  return (
    <Card withBorder padding="sm" data-testid="member-card">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{member.nama}</Text>
        <Badge variant="light">{labels.hubungan(member.hubungan)}</Badge>
      </Group>
      <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
        {t("keluarga.nik")} {member.nik}
      </Text>
      <Text size="sm">
        {labels.sex(member.jenisKelamin)} · {labels.date(member.tanggalLahir)} (
        {labels.age(member.tanggalLahir)})
      </Text>
      {details && <Text size="sm">{details}</Text>}
      <Group gap={6} mt={4}>
        {member.disabilitas && <Badge color="grape">{t("keluarga.disability")}</Badge>}
        {member.hamil && <Badge color="pink">{t("keluarga.pregnant")}</Badge>}
        {member.status !== "aktif" && <Badge color="gray">{labels.status(member.status)}</Badge>}
      </Group>
    </Card>
  );
}

function MemberTable({ members, labels }: { members: TMember[]; labels: TRegistryLabels }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      minWidth={900}
      striped
      verticalSpacing="xs"
      data-testid="member-table"
      columns={[
        { label: t("keluarga.name") },
        { label: t("keluarga.nik") },
        { label: t("keluarga.relationship") },
        { label: t("keluarga.sex") },
        { label: t("keluarga.born") },
        { label: t("keluarga.age") },
        { label: t("keluarga.education") },
        { label: t("keluarga.work") },
        { label: t("keluarga.disability") },
        { label: t("keluarga.pregnant") },
        { label: t("keluarga.status") },
      ]}
    >
      {members.map((member) => (
        <Table.Tr key={member.nik} data-testid="member-row">
          <Table.Td fw={500}>{member.nama}</Table.Td>
          <Table.Td ff="monospace">{member.nik}</Table.Td>
          <Table.Td>{labels.hubungan(member.hubungan)}</Table.Td>
          <Table.Td>{labels.sex(member.jenisKelamin)}</Table.Td>
          <Table.Td>{labels.date(member.tanggalLahir)}</Table.Td>
          <Table.Td>{labels.age(member.tanggalLahir)}</Table.Td>
          <Table.Td>{member.pendidikan ?? "—"}</Table.Td>
          <Table.Td>{member.pekerjaan ?? "—"}</Table.Td>
          <Table.Td>{labels.yesNo(member.disabilitas)}</Table.Td>
          <Table.Td>{labels.yesNo(member.hamil)}</Table.Td>
          <Table.Td>{labels.status(member.status)}</Table.Td>
        </Table.Tr>
      ))}
    </ScrollTable>
  );
}

/** A table where there is room for every column; on a phone, one card per member instead. */
export function MemberList({ members }: { members: TMember[] }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  return (
    <Stack gap="xs" data-testid="family-members">
      <Title order={3} size="h4">
        {t("keluarga.members", { n: members.length })}
      </Title>
      {members.length === 0 ? (
        <Text c="dimmed">{t("keluarga.noMembers")}</Text>
      ) : phone ? (
        members.map((member) => <MemberCard key={member.nik} member={member} labels={labels} />)
      ) : (
        <MemberTable members={members} labels={labels} />
      )}
    </Stack>
  );
}
