/**
 * The command line: {@link dev.handctl.app.cli.Main} and every subcommand but {@code run} (whose
 * options the daemon in {@code app} owns). Commands parse options, call the wiring in {@code app}
 * and the stages, and print; {@code app} never imports this package.
 */
package dev.handctl.app.cli;
