import { Button, Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFamily } from "../api/registry-api.ts";
import { ProposeForm } from "./propose-form.tsx";

/** "Propose a DTKS change" on a family's page; the proposal then follows its steps on /usulan. */
export function ProposeAction({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const phone = useMediaQuery("(max-width: 36em)");
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="usulan-open">
        {t("usulan.propose")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("usulan.propose")} fullScreen={phone}>
        {opened && <ProposeForm family={family} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
