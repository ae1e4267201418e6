import { isAppError } from "@kawal/core";
import { Command, CommanderError, Option } from "commander";
import { readConfig } from "../config.ts";
import { reconcileCommand } from "../distribution/reconcile/reconcile-command.ts";
import { reportCommand } from "../distribution/report/report-command.ts";
import { auditVerifyCommand } from "./audit-verify-command.ts";
import { ExitCode, makeOutput } from "./cli-output.ts";
import { demoCommand } from "./demo-command.ts";
import { importCommand, importKinds } from "./import-command.ts";
import { migrateCommand } from "./migrate-command.ts";
import { serveCommand } from "./serve-command.ts";
import { userCreateCommand } from "./user-create-command.ts";

const envHelp = `
Lingkungan / environment:
  DATABASE_URL   PostgreSQL URL; tanpa ini / without it: embedded PGlite in KAWAL_DATA
  KAWAL_DATA     folder data / data folder (default ./data)
  PORT           port HTTP (default 3000)`;

function program(): Command {
  const root = new Command("kawal")
    .description("Kawal: pendampingan bantuan sosial / social-assistance companion software")
    .addHelpText("after", envHelp)
    .exitOverride()
    .showHelpAfterError();
  const json = () =>
    new Option("--json", "cetak hasil sebagai JSON di stdout / print the result as JSON on stdout");

  root
    .command("serve")
    .description("jalankan aplikasi web dan API / run the web app and API")
    .addOption(json())
    .action(async (opts: { json?: boolean }) => serveCommand(readConfig(), makeOutput(Boolean(opts.json))));
  root
    .command("migrate")
    .description("mutakhirkan skema basis data / bring the database to the current schema")
    .addOption(json())
    .action(async (opts: { json?: boolean }) => migrateCommand(readConfig(), makeOutput(Boolean(opts.json))));
  root
    .command("demo")
    .description("muat data demonstrasi / load the demonstration data set")
    .addOption(json())
    .action(async (opts: { json?: boolean }) => demoCommand(readConfig(), makeOutput(Boolean(opts.json))));

  root
    .command("import")
    .description("impor berkas CSV/XLSX / import a CSV/XLSX file (docs/formats.md)")
    .argument("<jenis>", `jenis berkas / file kind: ${importKinds.join(", ")}`)
    .argument("<berkas>", "berkas CSV atau XLSX / CSV or XLSX file")
    .option("--partial", "impor baris yang valid saja / import the valid rows only")
    .option("--rejected <file>", "berkas baris ditolak / rejected-rows file (default <berkas>.ditolak.csv)")
    .option("--item <file>", "transaksi: berkas baris barang / item lines file (transaksi_item)")
    .addOption(
      new Option("--lang <lang>", "bahasa alasan / language of the reasons")
        .choices(["id", "en"])
        .default("id"),
    )
    .addOption(json())
    .action(
      async (
        kind: string,
        file: string,
        opts: { partial?: boolean; rejected?: string; lang?: string; item?: string; json?: boolean },
      ) => {
        process.exitCode = await importCommand(
          readConfig(),
          makeOutput(Boolean(opts.json)),
          kind,
          file,
          opts,
        );
      },
    );

  root
    .command("reconcile")
    .description("rekonsiliasi penyaluran satu periode / reconcile one period's distribution")
    .requiredOption("--periode <YYYY-MM>", "periode / period")
    .option("--program <kode>", "program (default SEMBAKO)")
    .option("--wilayah <kode>", "batasi ke wilayah / limit to a region")
    .addOption(json())
    .action(async (opts: { periode: string; program?: string; wilayah?: string; json?: boolean }) => {
      process.exitCode = await reconcileCommand(readConfig(), makeOutput(Boolean(opts.json)), opts);
    });

  root
    .command("report")
    .description("buat laporan / produce a report (kawal report --list)")
    .argument("[nama]", "nama laporan / report name, e.g. realisasi")
    .option("--list", "daftar laporan / list the reports")
    .option("--periode <YYYY-MM>", "periode / period")
    .option("--program <kode>", "program (default SEMBAKO)")
    .option("--wilayah <kode>", "wilayah / region")
    .addOption(new Option("--format <format>", "format").choices(["csv", "xlsx", "pdf"]))
    .option("--out <file>", "berkas keluaran / output file")
    .addOption(new Option("--lang <lang>", "bahasa / language").choices(["id", "en"]).default("id"))
    .addOption(json())
    .action(
      async (
        name: string | undefined,
        opts: {
          list?: boolean;
          periode?: string;
          program?: string;
          wilayah?: string;
          format?: string;
          out?: string;
          lang?: string;
          json?: boolean;
        },
      ) => {
        process.exitCode = await reportCommand(readConfig(), makeOutput(Boolean(opts.json)), name, opts);
      },
    );

  const user = root.command("user").description("kelola pengguna / manage users").exitOverride();
  user
    .command("create")
    .description("buat pengguna / create a user")
    .requiredOption("--username <name>", "nama pengguna / username")
    .requiredOption("--name <full name>", "nama lengkap / full name")
    .requiredOption("--role <role>", "peran / role (admin, dinsos, tksk, pendamping_pkh, psm, …)")
    .requiredOption("--scope <code...>", "kode wilayah / region code(s), ID for national")
    .option(
      "--password <password>",
      "kata sandi (default: KAWAL_NEW_PASSWORD atau dibuat acak / or generated)",
    )
    .addOption(json())
    .action(
      async (opts: {
        username: string;
        name: string;
        role: string;
        scope: string[];
        password?: string;
        json?: boolean;
      }) => {
        process.exitCode = await userCreateCommand(readConfig(), makeOutput(Boolean(opts.json)), opts);
      },
    );

  const audit = root.command("audit").description("log audit / audit log").exitOverride();
  audit
    .command("verify")
    .description("periksa rantai hash log audit / check the audit log's hash chain")
    .addOption(json())
    .action(async (opts: { json?: boolean }) => {
      process.exitCode = await auditVerifyCommand(readConfig(), makeOutput(Boolean(opts.json)));
    });
  return root;
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successes; anything else commander refuses is misuse.
    process.exitCode =
      error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : ExitCode.MISUSE;
  } else if (isAppError(error)) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    if (error.fields)
      for (const f of error.fields)
        process.stderr.write(`  ${f.field}: ${typeof f.message === "string" ? f.message : f.message.id}\n`);
    process.exitCode = ExitCode.REJECTED;
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = ExitCode.REJECTED;
  }
}
