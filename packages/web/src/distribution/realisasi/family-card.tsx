import {
  fieldReasonCodes,
  fieldReasonLabels,
  type TFieldReason,
  type TRealisasiFamily,
  type TReconciliationClass,
} from "@kawal/core";
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";
import { ReasonForm } from "./reason-form.tsx";

const kelasColor: Record<TReconciliationClass, string> = {
  belum: "red",
  sebagian: "orange",
  tersalur: "green",
  tidak_terdaftar: "gray",
};

const isCode = (value: string | null): value is TFieldReason =>
  value !== null && (fieldReasonCodes as readonly string[]).includes(value);

/**
 * One family of the desa: class, amounts, the reason and where it came from, and the "Catat alasan"
 * form for a family that did not receive in full. The card shows the stored reason as soon as it is saved.
 */
export function FamilyCard({
  family,
  program,
  periode,
  canRecord,
}: {
  family: TRealisasiFamily;
  program: string;
  periode: string;
  canRecord: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  // The saved reason, shown at once; the list reloads behind it.
  const [saved, setSaved] = useState<{ alasan: TFieldReason; keterangan: string | null } | null>(null);
  const language = i18n.language === "en" ? "en" : "id";
  const alasan = saved?.alasan ?? family.alasan;
  const keterangan = saved ? saved.keterangan : family.keterangan;
  const sumber = saved ? "lapangan" : family.alasanSumber;
  const reasonText = alasan === null ? null : isCode(alasan) ? fieldReasonLabels[alasan][language] : alasan;
  const recordable =
    canRecord &&
    family.familyId !== null &&
    family.kelas !== "tersalur" &&
    family.kelas !== "tidak_terdaftar";

  return (
    <Card withBorder padding="sm" data-testid="realisasi-family" data-kelas={family.kelas}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text
            fw={600}
            size="sm"
            style={{ minWidth: 0, overflowWrap: "anywhere" }}
            data-testid="realisasi-family-nama"
          >
            {family.nama ?? t("rekonsiliasi.noName")}
          </Text>
          <Badge color={kelasColor[family.kelas]} variant="light" style={{ flexShrink: 0 }}>
            {t(`rekonsiliasi.kelas.${family.kelas}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {family.noKk ? `${t("rekonsiliasi.noKk")} ${family.noKk} · ` : ""}
          {t("rekonsiliasi.noKks")} {family.noKks}
        </Text>
        <Text size="xs">
          {t("rekonsiliasi.amounts", {
            realisasi: formatRupiah(family.nominalRealisasi),
            daftar: formatRupiah(family.nominalDaftar),
          })}
        </Text>
        {family.kelas !== "tersalur" && (
          <Text size="sm" data-testid="realisasi-family-alasan">
            {reasonText ?? (
              <Text span c="dimmed" size="sm">
                {t("rekonsiliasi.noReason")}
              </Text>
            )}
            {reasonText && sumber && (
              <Badge ml="xs" size="xs" variant="outline" data-testid="realisasi-family-sumber">
                {t(`rekonsiliasi.sumber.${sumber}`)}
              </Badge>
            )}
          </Text>
        )}
        {keterangan && (
          <Text size="xs" c="dimmed" data-testid="realisasi-family-keterangan">
            {keterangan}
          </Text>
        )}
        {recordable && !open && (
          <Group>
            <Button size="compact-sm" variant="light" onClick={() => setOpen(true)} data-testid="reason-open">
              {t("rekonsiliasi.record")}
            </Button>
          </Group>
        )}
        {recordable && open && family.familyId && (
          <ReasonForm
            familyId={family.familyId}
            program={program}
            periode={periode}
            initial={isCode(alasan) ? alasan : null}
            onDone={() => setOpen(false)}
            onSaved={(recorded) => {
              setSaved({ alasan: recorded.alasan, keterangan: recorded.keterangan });
              setOpen(false);
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
