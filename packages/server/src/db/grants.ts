/**
 * The app runs as `kawal_app`, a role that owns nothing: it may read and write the module tables but
 * only INSERT and SELECT on the audit log (ARCHITECTURE.md, Principles: security and privacy). Run after every migration so new
 * tables are covered; every statement is idempotent.
 */
export const APP_ROLE = "kawal_app";

export function grantStatements(options: { embedded: boolean }): string {
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
     END $$;`,
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${APP_ROLE};`,
    // Histories are appended to, never rewritten: a family's events and a proposal's steps.
    `REVOKE UPDATE, DELETE, TRUNCATE ON registry_event, usulan_step, enrolment_transition FROM ${APP_ROLE};`,
    // A card's hand-overs and the reasons companions record in the field are kept as they were sent.
    `REVOKE UPDATE, DELETE, TRUNCATE ON kartu_kks_event, alasan_belum FROM ${APP_ROLE};`,
    // PGlite's COPY reads its input from a virtual file (/dev/blob), which needs this role; the
    // embedded database lives inside the app's own process, so it grants nothing the app lacks.
    options.embedded ? `GRANT pg_read_server_files TO ${APP_ROLE};` : "",
    // A non-superuser owner must be a member to SET ROLE; a superuser already may.
    `DO $$ BEGIN
       IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
         EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
       END IF;
     END $$;`,
  ].join("\n");
}
