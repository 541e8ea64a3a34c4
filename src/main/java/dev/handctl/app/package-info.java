/**
 * Wiring and the command line only: {@link dev.handctl.app.Main} and its subcommands put the
 * stages of the other packages together, and the daemon ({@code handctl run}) keeps them going
 * through pauses, reloads and camera changes; no pipeline logic lives here.
 */
package dev.handctl.app;
