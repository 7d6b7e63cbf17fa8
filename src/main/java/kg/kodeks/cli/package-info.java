/**
 * The {@code kodeks} command tree (picocli): one class per subcommand, shared options in
 * {@link kg.kodeks.cli.GlobalOptions}, exceptions mapped to exit codes in {@link kg.kodeks.cli.Main}
 * only. Commands parse their arguments, call the {@link kg.kodeks.Workbench} facade and print;
 * they hold no domain logic. Nothing depends on this package.
 */
package kg.kodeks.cli;
