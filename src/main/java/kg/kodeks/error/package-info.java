/**
 * The user-error tier: {@link kg.kodeks.error.KodeksException} for everything a user can fix
 * (its message names the file, line, unit or placeholder), with the message text kept in
 * resource bundles in Russian, Kyrgyz and English. Bugs are unchecked exceptions and do not
 * pass through here. The CLI and the web map these to exit codes and HTTP statuses, each in one
 * place. Depends on nothing of Kodeks.
 */
package kg.kodeks.error;
