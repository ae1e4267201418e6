import { type TTransactionCreate, type TTransactionCreateInput, ZTransactionCreate } from "@kawal/core";
import {
  Alert,
  Autocomplete,
  Button,
  Card,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";
import { useHetTable, useRecordTransaksi } from "../../api/transaction-api.ts";
import { useSchemaText } from "../../i18n/use-schema-text.ts";
import { newIdempotencyKey } from "../../registry/events/event-dates.ts";
import { SubmissionProblem } from "../../ui/form-frame.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { PlainForm } from "../../ui/plain-form.tsx";
import { useSubmission } from "../../ui/use-submission.ts";
import { hetFor, itemLabel, thisMonth } from "./het-lookup.ts";

interface TItemDraft {
  key: number;
  komoditas: string;
  jumlah: string;
  satuan: string;
  hargaSatuan: string;
}

const numberOrText = (text: string) => {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) ? value : text;
};
let itemKeys = 0;
const emptyItem = (): TItemDraft => ({
  key: ++itemKeys,
  komoditas: "",
  jumlah: "",
  satuan: "",
  hargaSatuan: "",
});

/**
 * The counter form, made for a phone: card number, amount, status (with the reason when it failed) and
 * optional goods lines, each showing the HET in force and warning when the price is above it. The
 * Idempotency-Key is made per submission and kept until it is stored, so a retried tap stores once.
 */
export function CounterForm({ askAgent }: { askAgent: boolean }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const het = useHetTable().data?.items ?? [];
  const record = useRecordTransaksi();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [noKks, setNoKks] = useState("");
  const [nominal, setNominal] = useState("");
  const [status, setStatus] = useState<"berhasil" | "gagal">("berhasil");
  const [alasan, setAlasan] = useState("");
  const [periode, setPeriode] = useState(thisMonth);
  const [idAgen, setIdAgen] = useState("");
  const [items, setItems] = useState<TItemDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submission = useSubmission(null, record, [], { text: t("transaksi.alreadyRecorded") });
  const commodities = [...new Set(het.map((h) => itemLabel(h.komoditas)))];

  const setItem = (key: number, change: Partial<TItemDraft>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const submit = () => {
    submission.retry();
    const input: TTransactionCreateInput = {
      periode,
      noKks: noKks.trim(),
      nominal: numberOrText(nominal) as number,
      status,
      ...(alasan.trim() ? { alasan: alasan.trim() } : {}),
      ...(askAgent && idAgen.trim() ? { idAgen: idAgen.trim() } : {}),
      items: items.map((item) => ({
        komoditas: item.komoditas,
        jumlah: numberOrText(item.jumlah) as number,
        satuan: item.satuan,
        hargaSatuan: numberOrText(item.hargaSatuan) as number,
      })),
    };
    const parsed = ZTransactionCreate.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join(".");
        found[path] ??= pick(issue.message) ?? issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const body: TTransactionCreate = parsed.data;
    record.mutate(
      { idempotencyKey, body },
      {
        onSuccess: () => {
          notifySuccess(t("transaksi.saved"));
          setIdempotencyKey(newIdempotencyKey());
          setNoKks("");
          setNominal("");
          setStatus("berhasil");
          setAlasan("");
          setItems([]);
        },
        onError: (error) => {
          if (submission.refuse(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  };

  return (
    <Card withBorder data-testid="transaksi-form">
      <PlainForm onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t("transaksi.formTitle")}
          </Title>
          <SubmissionProblem submission={submission} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("transaksi.noKks")}
              inputMode="numeric"
              maxLength={16}
              required
              value={noKks}
              onChange={(e) => setNoKks(e.currentTarget.value)}
              error={errors.noKks}
              data-testid="transaksi-no-kks"
            />
            <TextInput
              label={t("transaksi.nominal")}
              description={t("transaksi.nominalHelp")}
              inputMode="numeric"
              required
              value={nominal}
              onChange={(e) => setNominal(e.currentTarget.value)}
              error={errors.nominal}
              data-testid="transaksi-nominal"
            />
            <NativeSelect
              label={t("transaksi.status")}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value === "gagal" ? "gagal" : "berhasil")}
              data={[
                { value: "berhasil", label: t("transaksi.statusBerhasil") },
                { value: "gagal", label: t("transaksi.statusGagal") },
              ]}
              data-testid="transaksi-status"
            />
            {status === "gagal" && (
              <TextInput
                label={t("transaksi.alasan")}
                placeholder={t("transaksi.alasanPlaceholder")}
                maxLength={200}
                required
                value={alasan}
                onChange={(e) => setAlasan(e.currentTarget.value)}
                error={errors.alasan}
                data-testid="transaksi-alasan"
              />
            )}
            <TextInput
              label={t("transaksi.periode")}
              value={periode}
              maxLength={7}
              onChange={(e) => setPeriode(e.currentTarget.value)}
              error={errors.periode}
              data-testid="transaksi-periode"
            />
            {askAgent && (
              <TextInput
                label={t("transaksi.idAgen")}
                value={idAgen}
                onChange={(e) => setIdAgen(e.currentTarget.value)}
                error={errors.idAgen}
                data-testid="transaksi-id-agen"
              />
            )}
          </SimpleGrid>
          <Text size="sm" fw={600}>
            {t("transaksi.itemsTitle")}
          </Text>
          {items.map((item, i) => {
            const ceiling = hetFor(het, item.komoditas, item.satuan);
            const price = Number(item.hargaSatuan.trim());
            const above = ceiling !== undefined && item.hargaSatuan.trim() !== "" && price > ceiling.harga;
            return (
              <Paper key={item.key} withBorder p="xs" data-testid="transaksi-item">
                <Group justify="flex-end" mb={-8}>
                  <CloseButton
                    aria-label={t("transaksi.removeItem")}
                    onClick={() => setItems((l) => l.filter((x) => x.key !== item.key))}
                  />
                </Group>
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                  <Autocomplete
                    label={t("transaksi.komoditas")}
                    data={commodities}
                    value={item.komoditas}
                    onChange={(value) => {
                      const known = het.filter((h) => itemLabel(h.komoditas) === value);
                      setItem(item.key, {
                        komoditas: value,
                        ...(known.length === 1 && known[0] ? { satuan: known[0].satuan } : {}),
                      });
                    }}
                    error={errors[`items.${i}.komoditas`]}
                    data-testid="transaksi-item-komoditas"
                  />
                  <TextInput
                    label={t("transaksi.jumlah")}
                    inputMode="decimal"
                    value={item.jumlah}
                    onChange={(e) => setItem(item.key, { jumlah: e.currentTarget.value })}
                    error={errors[`items.${i}.jumlah`]}
                    data-testid="transaksi-item-jumlah"
                  />
                  <TextInput
                    label={t("transaksi.satuan")}
                    value={item.satuan}
                    onChange={(e) => setItem(item.key, { satuan: e.currentTarget.value })}
                    error={errors[`items.${i}.satuan`]}
                    data-testid="transaksi-item-satuan"
                  />
                  <TextInput
                    label={t("transaksi.hargaSatuan")}
                    inputMode="numeric"
                    value={item.hargaSatuan}
                    onChange={(e) => setItem(item.key, { hargaSatuan: e.currentTarget.value })}
                    error={errors[`items.${i}.hargaSatuan`]}
                    data-testid="transaksi-item-harga"
                  />
                </SimpleGrid>
                <Text size="xs" c="dimmed" mt={4} data-testid="transaksi-item-het">
                  {ceiling
                    ? t("transaksi.het", {
                        harga: formatRupiah(ceiling.harga),
                        satuan: itemLabel(ceiling.satuan),
                      })
                    : item.komoditas
                      ? t("transaksi.hetUnknown")
                      : ""}
                </Text>
                {above && ceiling && (
                  <Alert color="orange" p="xs" mt={4} role="alert" data-testid="transaksi-item-above-het">
                    {t("transaksi.aboveHet", { harga: formatRupiah(ceiling.harga) })}
                  </Alert>
                )}
              </Paper>
            );
          })}
          <Group justify="space-between">
            <Button
              variant="default"
              size="xs"
              onClick={() => setItems((list) => [...list, emptyItem()])}
              disabled={items.length >= 30}
              data-testid="transaksi-add-item"
            >
              {t("transaksi.addItem")}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="transaksi-submit">
              {t("transaksi.submit")}
            </Button>
          </Group>
          {Object.keys(errors).length > 0 && (
            <Text size="sm" c="red" role="alert">
              {t("transaksi.invalid")}
            </Text>
          )}
        </Stack>
      </PlainForm>
    </Card>
  );
}
