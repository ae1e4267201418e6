import { enAid } from "./en-aid.ts";
import { enAnomaly } from "./en-anomaly.ts";
import { enCards } from "./en-cards.ts";
import { enCaseload } from "./en-caseload.ts";
import { enDistribution } from "./en-distribution.ts";
import { enDuplicates } from "./en-duplicates.ts";
import { enEnrolment } from "./en-enrolment.ts";
import { enEvents } from "./en-events.ts";
import { enMonitoring } from "./en-monitoring.ts";
import { enProgram } from "./en-program.ts";
import { enReconcile } from "./en-reconcile.ts";
import { enRegistry } from "./en-registry.ts";
import { enSchedule } from "./en-schedule.ts";
import { enTransactions } from "./en-transactions.ts";
import { enUsulan } from "./en-usulan.ts";
import type { TResources } from "./id.ts";

export const en: TResources = {
  app: {
    name: "Kawal",
    tagline: "Escorting social assistance all the way to the family",
    loading: "Loading…",
    openMenu: "Open menu",
    language: "Language",
    mainMenu: "Main menu",
    breadcrumb: "Region trail",
    clear: "Clear",
    cancel: "Cancel",
  },
  menu: {
    beranda: "Home",
    wilayah: "Regions",
    keluarga: "Families",
    impor: "Import data",
    pengguna: "Users",
    usulan: "DTKS proposals",
    duplikat: "Duplicates",
    program: "Aid programmes",
    pendamping: "Companions",
    bantuan: "Aid & overlap",
    penyaluran: "Distribution",
    monitoring: "6T monitoring",
    kartu: "KKS cards",
    anomali: "Anomalies",
  },
  auth: {
    title: "Log in to Kawal",
    username: "Username",
    password: "Password",
    submit: "Log in",
    logout: "Log out",
    loggedOut: "You have logged out",
  },
  home: {
    welcome: "Welcome, {{name}}",
    role: "Role",
    scopes: "Assigned areas",
    noScopes: "No assigned areas yet",
  },
  level: {
    nasional: "National",
    provinsi: "Province",
    kabupaten: "Regency/City",
    kecamatan: "District (kecamatan)",
    desa: "Village (desa/kelurahan)",
  },
  childCount: {
    provinsi: "Regencies/cities: {{n}}",
    kabupaten: "Districts: {{n}}",
    kecamatan: "Villages: {{n}}",
    desa: "",
  },
  wilayah: {
    title: "Regions",
    indonesia: "Indonesia",
    searchLabel: "Search regions",
    searchPlaceholder: "Type a name, e.g. Mojokambang",
    searchTooShort: "Type at least 2 letters",
    noResults: "No matching region",
    empty: "No regions below this one",
    detailTitle: "Village details",
    code: "Code",
    name: "Name",
    level: "Level",
    path: "Located in",
  },
  pager: {
    previous: "Previous",
    next: "Next",
  },
  users: {
    title: "Users",
    searchLabel: "Search users",
    searchPlaceholder: "Name or username",
    roleFilter: "Role",
    allRoles: "All roles",
    create: "Add user",
    edit: "Edit",
    editTitle: "Edit user {{username}}",
    disable: "Disable",
    enable: "Enable",
    active: "Active",
    disabled: "Disabled",
    username: "Username",
    fullName: "Full name",
    role: "Role",
    password: "Password",
    scopes: "Assigned areas",
    status: "Status",
    actions: "Actions",
    scopeSearch: "Search regions by name",
    save: "Save",
    created: "User {{username}} created",
    updated: "User {{username}} saved",
    disabledDone: "User {{username}} disabled",
    enabledDone: "User {{username}} enabled",
    empty: "No users",
    page: "Page {{page}}",
    notAllowed: "Your role cannot see the list of users.",
  },
  ...enRegistry,
  ...enEvents,
  ...enUsulan,
  ...enDuplicates,
  ...enProgram,
  ...enEnrolment,
  ...enCaseload,
  ...enAid,
  ...enAnomaly,
  ...enCards,
  ...enMonitoring,
  ...enSchedule,
  ...enReconcile,
  ...enTransactions,
  ...enDistribution,
  errors: {
    network: "The server cannot be reached. Check the connection and try again.",
    unexpected: "Something went wrong (status {{status}})",
    fields: "Please check these fields:",
    notFound: "Page not found",
    backHome: "Back to home",
  },
  validation: {
    required: "Required",
    tooShortString: "At least {{min}} characters",
    tooLongString: "At most {{max}} characters",
    tooFewItems: "Choose at least {{min}}",
    tooManyItems: "At most {{max}} choices",
    invalid: "Not valid",
  },
};
