import { Button, Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFamily } from "../../api/registry-api.ts";
import { LifeEventForm } from "./life-event-form.tsx";

/** The "record an event" button and its form; full screen on a phone, where a dialog would be cramped. */
export function LifeEventAction({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const phone = useMediaQuery("(max-width: 36em)");
  return (
    <>
      <Button onClick={() => setOpened(true)} data-testid="event-open">
        {t("peristiwa.action")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("peristiwa.title")} fullScreen={phone}>
        {/* Mounted only while open: each opening is a new submission with its own key. */}
        {opened && <LifeEventForm family={family} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
