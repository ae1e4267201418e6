import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** One tab of the Penyaluran page; `id` is the record opened from the address, when there is one. */
export function TransaksiSection(_props: { id?: string }) {
  const { t } = useTranslation();
  return <Text c="dimmed">{t("transaksi.title")}</Text>;
}
