import { Button, Checkbox, FileInput, Paper, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

interface TImportFormProps {
  file: File | null;
  onFile: (file: File | null) => void;
  partial: boolean;
  onPartial: (partial: boolean) => void;
  busy: boolean;
  error: unknown;
  onSubmit: () => void;
}

export function ImportForm({ file, onFile, partial, onPartial, busy, error, onSubmit }: TImportFormProps) {
  const { t } = useTranslation();
  const [missingFile, setMissingFile] = useState(false);
  return (
    <Paper withBorder p="md">
      <PlainForm
        testId="import-form"
        onSubmit={() => {
          setMissingFile(!file);
          if (file) onSubmit();
        }}
      >
        <Stack>
          <ProblemAlert error={error} />
          <FileInput
            label={t("impor.file")}
            placeholder={t("impor.filePlaceholder")}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            clearable
            value={file}
            onChange={(value) => {
              onFile(value);
              setMissingFile(false);
            }}
            error={missingFile ? t("impor.chooseFile") : undefined}
            data-testid="import-file"
          />
          <Checkbox
            label={t("impor.partial")}
            description={t("impor.partialHelp")}
            checked={partial}
            onChange={(event) => onPartial(event.currentTarget.checked)}
            data-testid="import-partial"
          />
          <Button type="submit" loading={busy} data-testid="import-submit">
            {t("impor.submit")}
          </Button>
        </Stack>
      </PlainForm>
    </Paper>
  );
}
