import { SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import type { TTransaksiFilters } from "../api/transaction-api.ts";
import { CounterForm } from "./transactions/counter-form.tsx";
import { TransactionList } from "./transactions/transaction-list.tsx";
import { TransaksiImport } from "./transactions/transaksi-import.tsx";

const PERIODE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * The Transaksi tab. An agent (on its phone) gets the counter form and its own shop's list; staff get
 * the list of their area with filters and, with distribution.import, the upload of bank and e-Warong
 * files. The scope layer decides what each list holds.
 */
export function TransactionsSection(_props: { id?: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const [periode, setPeriode] = useState("");
  const [desa, setDesa] = useState("");
  const [idAgen, setIdAgen] = useState("");
  if (!me) return null;
  const canRecord = me.permissions.includes("transaction.record");
  if (me.role === "agen") {
    return (
      <Stack gap="md" data-testid="transaksi-section">
        <Text size="sm" c="dimmed">
          {t("transaksi.introAgen")}
        </Text>
        {canRecord && <CounterForm askAgent={false} />}
        <TransactionList filters={{}} title={t("transaksi.listMine")} />
      </Stack>
    );
  }
  // Filters apply once they are complete, so typing does not fire a request per key.
  const filters: TTransaksiFilters = {
    periode: PERIODE.test(periode.trim()) ? periode.trim() : undefined,
    desa: DESA.test(desa.trim()) ? desa.trim() : undefined,
    idAgen: idAgen.trim() || undefined,
  };
  return (
    <Stack gap="md" data-testid="transaksi-section">
      <Text size="sm" c="dimmed">
        {t("transaksi.intro")}
      </Text>
      {me.permissions.includes("distribution.import") && <TransaksiImport />}
      {canRecord && <CounterForm askAgent />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t("transaksi.filterPeriode")}
          value={periode}
          maxLength={7}
          onChange={(e) => setPeriode(e.currentTarget.value)}
          data-testid="transaksi-filter-periode"
        />
        <TextInput
          label={t("transaksi.filterDesa")}
          value={desa}
          onChange={(e) => setDesa(e.currentTarget.value)}
          data-testid="transaksi-filter-desa"
        />
        <TextInput
          label={t("transaksi.filterAgen")}
          value={idAgen}
          onChange={(e) => setIdAgen(e.currentTarget.value)}
          data-testid="transaksi-filter-agen"
        />
      </SimpleGrid>
      <TransactionList filters={filters} title={t("transaksi.listTitle")} />
    </Stack>
  );
}
