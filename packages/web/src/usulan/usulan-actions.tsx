import type { TUsulanDetail } from "@kawal/core";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKeputusan, useVerval } from "../api/usulan-api.ts";
import { DecisionForm, type TDecisionChoice } from "./decision-form.tsx";
import { MusdesForm } from "./musdes-form.tsx";

/**
 * The step forms this user may use now. The server lists them in `actions` (role, state, and never a
 * proposer verifying or deciding their own proposal); nothing else is offered.
 */
export function UsulanActions({ usulan }: { usulan: TUsulanDetail }) {
  const { t } = useTranslation();
  const verval = useVerval();
  const keputusan = useKeputusan();
  const can = (action: TUsulanDetail["actions"][number]) => usulan.actions.includes(action);

  const vervalChoices: TDecisionChoice[] = [
    ...(can("verval_sesuai") ? [{ value: "sesuai", label: t("usulan.sesuai"), needsNote: false }] : []),
    ...(can("verval_tidak_sesuai")
      ? [{ value: "tidak_sesuai", label: t("usulan.tidakSesuai"), needsNote: true }]
      : []),
  ];
  const decisionChoices: TDecisionChoice[] = [
    ...(can("setuju") ? [{ value: "setuju", label: t("usulan.setuju"), needsNote: false }] : []),
    ...(can("tolak") ? [{ value: "tolak", label: t("usulan.tolak"), needsNote: true }] : []),
  ];

  if (usulan.actions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="usulan-no-actions">
        {t("usulan.noActions")}
      </Text>
    );
  }
  return (
    <>
      {can("musdes") && <MusdesForm id={usulan.id} />}
      {vervalChoices.length > 0 && (
        <DecisionForm
          title={t("usulan.vervalTitle")}
          choices={vervalChoices}
          noteLabel={t("usulan.vervalNote")}
          submitLabel={t("usulan.vervalSubmit")}
          doneMessage={t("usulan.vervalDone")}
          mutation={verval}
          onSubmit={(hasil, note, onSuccess) =>
            verval.mutate(
              {
                id: usulan.id,
                body: { hasil: hasil as "sesuai" | "tidak_sesuai", ...(note ? { note } : {}) },
              },
              { onSuccess },
            )
          }
          testId="verval-form"
        />
      )}
      {decisionChoices.length > 0 && (
        <DecisionForm
          title={t("usulan.keputusanTitle")}
          choices={decisionChoices}
          noteLabel={t("usulan.keputusanNote")}
          submitLabel={t("usulan.keputusanTitle")}
          doneMessage={t("usulan.keputusanDone")}
          mutation={keputusan}
          onSubmit={(value, note, onSuccess) =>
            keputusan.mutate(
              { id: usulan.id, body: { keputusan: value as "setuju" | "tolak", ...(note ? { note } : {}) } },
              { onSuccess },
            )
          }
          testId="keputusan-form"
        />
      )}
    </>
  );
}
