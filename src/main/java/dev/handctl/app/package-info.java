/**
 * Wiring and the command line only: {@link dev.handctl.app.Main} and its subcommands put the
 * stages of the other packages together; no pipeline logic lives here.
 */
package dev.handctl.app;
