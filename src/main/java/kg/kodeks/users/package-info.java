/**
 * The people who use the web workbench and their roles (expert, drafter, secretariat,
 * admin), kept in the workspace file {@code users.yaml} with salted password hashes. Depends on
 * {@code workspace} and {@code error}.
 */
package kg.kodeks.users;
