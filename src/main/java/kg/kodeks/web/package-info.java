/**
 * The web workbench: an embedded Javalin server over the same {@link kg.kodeks.Workbench}
 * services as the CLI, with server-rendered Pebble pages that escape every value. Routes parse
 * the request, call the facade and render; security (sessions, login off loopback, CSRF,
 * Content-Security-Policy) lives in {@link kg.kodeks.web.Guard}, errors become statuses in
 * {@link kg.kodeks.web.WebServer} only. Depends on every service package; nothing depends on it.
 */
package kg.kodeks.web;
